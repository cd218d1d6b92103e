package com.example.shop.bff.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of docs/security.md at {@code /bff/v1}: every caller against every
 * endpoint, allowed (the request reached the BFF's service, whatever it then answered) or
 * a 403 problem. Only tokens issued to the UI's client are the UI's: the same person at a
 * terminal, or the UI's own service token, gets nothing here. The matrix names every
 * endpoint the BFF maps.
 */
class BffRoleMatrixIT extends BffIntegrationTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1} by {2}")
	@MethodSource("matrix")
	void theRoleMatrixHolds(String method, String path, Caller caller, boolean allowed) {
		String resolved = path.replace("{id}", path.startsWith("/bff/v1/jobs") ? "1" : UUID.randomUUID().toString())
			.replace("{sku}", "NOPE-1")
			.replace("{action}", "confirm")
			.replace("{domain}", "orders");
		String body = switch (method + " " + path) {
			case "POST /bff/v1/orders" -> LoopbackHttp
				.json(Map.of("placementId", UUID.randomUUID().toString(), "customerId", UUID.randomUUID().toString(),
						"lines", java.util.List.of(Map.of("sku", "NOPE-1", "quantity", 1))));
			case "POST /bff/v1/invoices/{id}/payments" ->
				"{\"amount\": {\"amount\": \"1.00\", \"currency\": \"KRW\"}, \"method\": \"CASH\"}";
			case "POST /bff/v1/catalog/products", "PUT /bff/v1/catalog/products/{sku}" -> """
					{"sku": "NOPE-1", "name": "x", "description": "x", "category": "test",
					 "price": {"amount": "1.00", "currency": "KRW"}, "attributes": {}, "stockOnHand": 1,
					 "active": true, "version": 0}""";
			case "POST /bff/v1/customers", "PUT /bff/v1/customers/{id}" -> """
					{"name": "Matrix Co", "email": "ap@matrix.example",
					 "creditLimit": {"amount": "1.00", "currency": "KRW"}, "paymentTermsDays": 30,
					 "status": "ACTIVE"}""";
			default -> (method.equals("GET")) ? null : "{}";
		};

		var response = new LoopbackHttp(this.port).request(method, resolved, body, "Authorization",
				"Bearer " + caller.token(), "If-Match", "\"0\"", "Idempotency-Key", UUID.randomUUID().toString());

		if (allowed) {
			assertThat(response.status()).as(response.body()).isNotIn(401, 403);
		}
		else {
			assertThat(response.status()).as(response.body()).isEqualTo(403);
		}
	}

	@org.junit.jupiter.api.Test
	void theMatrixNamesEveryEndpointOfTheBff(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach((pattern) -> {
			if (pattern.startsWith("/bff/v1")) {
				info.getMethodsCondition()
					.getMethods()
					.forEach((verb) -> served
						.add(verb.name() + " " + pattern.replace("{action:confirm|ship|deliver}", "{action}")));
			}
		}));

		assertThat(served).containsExactlyInAnyOrderElementsOf(rows().keySet());
	}

	static Stream<Arguments> matrix() {
		return rows().entrySet().stream().flatMap((row) -> {
			String[] endpoint = row.getKey().split(" ");
			return EnumSet.allOf(Caller.class)
				.stream()
				.map((caller) -> Arguments.of(endpoint[0], endpoint[1], caller, row.getValue().contains(caller)));
		});
	}

	/** docs/security.md at /bff/v1: endpoint to who may call it. */
	static Map<String, Set<Caller>> rows() {
		Set<Caller> everyone = EnumSet.of(Caller.SALES, Caller.BILLING, Caller.ADMIN);
		Set<Caller> salesOrAdmin = EnumSet.of(Caller.SALES, Caller.ADMIN);
		Set<Caller> billingOrAdmin = EnumSet.of(Caller.BILLING, Caller.ADMIN);
		Set<Caller> admin = EnumSet.of(Caller.ADMIN);
		Map<String, Set<Caller>> rows = new LinkedHashMap<>();
		rows.put("GET /bff/v1/dashboard", everyone);
		rows.put("GET /bff/v1/catalog/products", everyone);
		rows.put("GET /bff/v1/catalog/products/{sku}", everyone);
		rows.put("GET /bff/v1/catalog/categories", everyone);
		rows.put("POST /bff/v1/catalog/products", admin);
		rows.put("PUT /bff/v1/catalog/products/{sku}", admin);
		rows.put("GET /bff/v1/catalog/products/{sku}/history", everyone);
		rows.put("GET /bff/v1/orders", everyone);
		rows.put("GET /bff/v1/orders/{id}", everyone);
		rows.put("GET /bff/v1/orders/attention", admin);
		rows.put("GET /bff/v1/orders/{id}/audit", everyone);
		rows.put("POST /bff/v1/orders", salesOrAdmin);
		rows.put("POST /bff/v1/orders/{id}/{action}", salesOrAdmin);
		rows.put("POST /bff/v1/orders/{id}/cancel", salesOrAdmin);
		rows.put("POST /bff/v1/orders/{id}/invoice", salesOrAdmin);
		rows.put("GET /bff/v1/customers", everyone);
		rows.put("GET /bff/v1/customers/{id}", everyone);
		rows.put("GET /bff/v1/customers/{id}/audit", everyone);
		rows.put("GET /bff/v1/customers/{id}/statement", everyone);
		rows.put("GET /bff/v1/customers/{id}/statement.csv", everyone);
		rows.put("POST /bff/v1/customers", billingOrAdmin);
		rows.put("PUT /bff/v1/customers/{id}", billingOrAdmin);
		rows.put("GET /bff/v1/invoices", everyone);
		rows.put("GET /bff/v1/invoices/{id}", everyone);
		rows.put("GET /bff/v1/invoices/{id}/audit", everyone);
		rows.put("POST /bff/v1/invoices/{id}/payments", billingOrAdmin);
		rows.put("GET /bff/v1/jobs", admin);
		rows.put("GET /bff/v1/jobs/{domain}/{id}/report", admin);
		rows.put("GET /bff/v1/search", everyone);
		return rows;
	}

}
