package com.example.shop.billing.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.example.shop.billing.BillingApiTest;
import com.example.shop.billing.BillingHttp;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing as a resource server: without a valid token 401, without the right 403, and
 * neither changes anything; the role matrix of docs/security.md for every caller and
 * endpoint; a 4 MB body refused with 413; health open, metrics only on the management
 * port.
 */
class BillingSecurityIT extends BillingApiTest {

	private static final String CUSTOMERS = "/api/v1/customers";

	private static final String INVOICES = "/api/v1/invoices";

	@Value("${local.management.port}")
	int managementPort;

	private String customerId;

	private String invoiceId;

	@BeforeEach
	void aCustomerWithAnInvoice() {
		this.customerId = this.billing.customer("Hanbit Foods", "1000000.00", 30);
		this.invoiceId = this.billing.invoice(this.customerId, "50000.00");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.example.shop.testsupport.security.InvalidTokens#arguments")
	void aCallWithoutAValidTokenIs401AndChangesNothing(String description, String token) {
		LoopbackHttp anyone = anonymous();
		String authorization = (token != null) ? "Bearer " + token : "";
		Map<String, Object> before = snapshot();

		var pay = anyone.post(INVOICES + "/" + this.invoiceId + "/payments", BillingHttp.paymentBody("100.00"),
				"Idempotency-Key", "pay-" + description, "Authorization", authorization);
		var voided = anyone.post(INVOICES + "/" + this.invoiceId + "/void", "{\"reason\": \"x\"}", "If-Match", "\"0\"",
				"Authorization", authorization);
		var read = anyone.get(CUSTOMERS + "/" + this.customerId, "Authorization", authorization);

		for (var response : List.of(pay, voided, read)) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.problemType()).isEqualTo("unauthorized");
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aTokenLackingTheRightIs403AndChangesNothing() {
		LoopbackHttp anyone = anonymous();
		Map<String, Object> before = snapshot();

		var paidBySales = anyone.post(INVOICES + "/" + this.invoiceId + "/payments", BillingHttp.paymentBody("100.00"),
				"Idempotency-Key", "by-sales", "Authorization", "Bearer " + Caller.SALES.token());
		var voidedAtATerminalBySales = anyone.post(INVOICES + "/" + this.invoiceId + "/void", "{\"reason\": \"x\"}",
				"If-Match", "\"0\"", "Authorization", "Bearer " + Caller.SALES_AT_A_TERMINAL.token());
		var issuedAtATerminal = anyone.post(INVOICES,
				BillingHttp.invoiceBody(UUID.randomUUID().toString(), this.customerId, "10.00"), "Idempotency-Key",
				"at-a-terminal", "Authorization", "Bearer " + Caller.BILLING_AT_A_TERMINAL.token());

		for (var response : List.of(paidBySales, voidedAtATerminalBySales, issuedAtATerminal)) {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("forbidden");
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} {1} by {2}")
	@MethodSource("matrix")
	void theRoleMatrixHolds(String method, String path, Caller caller, boolean allowed) {
		String resolved = path.replace("{id}",
				path.startsWith(CUSTOMERS) ? this.customerId : path.startsWith("/api/v1/batch") ? "1" : this.invoiceId);
		String body = switch (method + " " + path) {
			case "POST " + CUSTOMERS, "PUT " + CUSTOMERS + "/{id}" -> BillingHttp.customerBody("New", "1.00", 30);
			case "POST " + INVOICES -> BillingHttp.invoiceBody(UUID.randomUUID().toString(), this.customerId, "1.00");
			case "POST " + INVOICES + "/{id}/payments" -> BillingHttp.paymentBody("1.00");
			default -> "{\"reason\": \"x\"}";
		};
		var response = anonymous().request(method, resolved + (path.endsWith("credit-check") ? "?amount=1.00" : ""),
				method.equals("GET") ? null : body, "Authorization", "Bearer " + caller.token(), "Idempotency-Key",
				UUID.randomUUID().toString(), "If-Match", "\"99\"");

		RoleMatrix.assertAllowedOrRefused(response, allowed);
	}

	@Test
	void theMatrixNamesEveryEndpointBillingServes(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		RoleMatrix.assertRowsNameEveryServedEndpoint(rows(), mappings, "com.example.shop.billing");
	}

	static Stream<Arguments> matrix() {
		return RoleMatrix.everyCallerAgainstEveryRow(rows());
	}

	/** docs/security.md, the rows billing serves: endpoint to who may call it. */
	static Map<String, Set<Caller>> rows() {
		Set<Caller> everyone = EnumSet.allOf(Caller.class);
		Set<Caller> billingOrAdmin = Caller.withRoles("BILLING", "ADMIN");
		Set<Caller> voiders = EnumSet.copyOf(billingOrAdmin);
		voiders.addAll(Caller.throughTheBff());
		Map<String, Set<Caller>> rows = new LinkedHashMap<>();
		rows.put("GET " + CUSTOMERS, everyone);
		rows.put("GET " + CUSTOMERS + "/lookup", everyone);
		rows.put("GET " + CUSTOMERS + "/balances", everyone);
		rows.put("GET " + CUSTOMERS + "/{id}", everyone);
		rows.put("GET " + CUSTOMERS + "/{id}/balance", everyone);
		rows.put("GET " + CUSTOMERS + "/{id}/credit-check", Caller.throughTheBff());
		rows.put("POST " + CUSTOMERS, billingOrAdmin);
		rows.put("PUT " + CUSTOMERS + "/{id}", billingOrAdmin);
		rows.put("GET " + INVOICES, everyone);
		rows.put("GET " + INVOICES + "/{id}", everyone);
		rows.put("POST " + INVOICES, Caller.throughTheBff());
		rows.put("POST " + INVOICES + "/{id}/void", voiders);
		rows.put("POST " + INVOICES + "/void-for-order", Caller.throughTheBff());
		rows.put("POST " + INVOICES + "/{id}/payments", billingOrAdmin);
		rows.put("GET " + INVOICES + "/{id}/payments", everyone);
		rows.put("GET " + INVOICES + "/{id}/audit", everyone);
		rows.put("GET " + CUSTOMERS + "/{id}/audit", everyone);
		rows.put("GET /api/v1/receivables/summary", everyone);
		rows.put("GET " + CUSTOMERS + "/{id}/statement", everyone);
		rows.put("GET " + CUSTOMERS + "/{id}/statement.csv", everyone);
		rows.put("GET /api/v1/batch/executions", Caller.withRoles("ADMIN"));
		rows.put("GET /api/v1/batch/executions/{id}", Caller.withRoles("ADMIN"));
		rows.put("GET /api/v1/batch/executions/{id}/report", Caller.withRoles("ADMIN"));
		return rows;
	}

	@Test
	void aFourMegabyteBodyIs413AndCreatesNothing() {
		long customers = count("customer");

		var response = this.http.post(CUSTOMERS, BillingHttp.customerBody("x".repeat(4 * 1024 * 1024), "1.00", 30),
				"Idempotency-Key", "huge");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.problemType()).isEqualTo("payload-too-large");
		assertThat(count("customer")).isEqualTo(customers);
	}

	@Test
	void healthIsAnonymousAndMetricsLiveOnlyOnTheManagementPort() {
		LoopbackHttp management = new LoopbackHttp(this.managementPort);

		assertThat(anonymous().get("/readyz").status()).isEqualTo(200);
		assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(management.get("/actuator/prometheus", "Accept", "text/plain").body())
			.contains("jvm_memory_used_bytes");
	}

	private LoopbackHttp anonymous() {
		return new LoopbackHttp(this.port);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private Map<String, Object> snapshot() {
		return Map.of("invoices", count("invoice"), "payments", count("payment"), "customers", count("customer"),
				"invoiceVersions",
				this.jdbc.sql("select coalesce(sum(version), 0) from invoice").query(Long.class).single(), "statuses",
				this.jdbc.sql("select string_agg(status, ',' order by id) from invoice").query(String.class).single());
	}

}
