package com.example.shop.bff.billing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.support.BffHttpTest;
import com.example.shop.testsupport.http.LoopbackHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening and changing customer accounts at {@code /bff/v1/customers}: billing and admin
 * may, sales may not; billing's refusals pass through with their meaning (400 with the
 * fields, 412 for a stale version), and every change lands in the customer's audit trail.
 */
class CustomerAccountsIT extends BffHttpTest {

	@Test
	void billingOpensACustomerOnceForOneKeyAndTheTrailSaysWho() {
		String key = UUID.randomUUID().toString();
		String body = draft("Hanbit Trading " + UUID.randomUUID(), "ap@hanbit.example", "5000000.00", 30, null);

		var opened = this.http.post("/bff/v1/customers", body, "Authorization", BILLING, "Idempotency-Key", key);
		var again = this.http.post("/bff/v1/customers", body, "Authorization", BILLING, "Idempotency-Key", key);
		String id = opened.json().path("id").asString();
		var read = this.http.get("/bff/v1/customers/" + id, "Authorization", SALES);
		JsonNode trail = this.http.get("/bff/v1/customers/" + id + "/audit", "Authorization", SALES).json();

		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.header("ETag")).hasValue("\"0\"");
		assertThat(opened.header("Location")).hasValue("/bff/v1/customers/" + id);
		assertThat(opened.json().path("status").asString()).isEqualTo("ACTIVE");
		assertThat(opened.json().path("creditLimit").path("amount").asString()).isEqualTo("5000000.00");
		assertThat(again.json().path("id").asString()).isEqualTo(id);
		assertThat(read.json().path("account").path("value").path("email").asString()).isEqualTo("ap@hanbit.example");
		assertThat(trail.path("items")).hasSize(1);
		assertThat(trail.path("items").get(0).path("action").asString()).isEqualTo("CREATED");
		assertThat(trail.path("items").get(0).path("actor").asString()).isEqualTo("billing");
	}

	@Test
	void anAdminChangesTheCreditLimitThenSuspendsAndEachChangeIsInTheTrail() {
		String id = open("Namsan Office Supply " + UUID.randomUUID());

		var raised = this.http.request("PUT", "/bff/v1/customers/" + id,
				draft("Namsan Office Supply", "ap@namsan.example", "9000000.00", 45, "ACTIVE"), "Authorization", ADMIN,
				"If-Match", "\"0\"");
		var suspended = this.http.request("PUT", "/bff/v1/customers/" + id,
				draft("Namsan Office Supply", "ap@namsan.example", "9000000.00", 45, "SUSPENDED"), "Authorization",
				ADMIN, "If-Match", "\"1\"");
		JsonNode trail = this.http.get("/bff/v1/customers/" + id + "/audit", "Authorization", BILLING).json();

		assertThat(raised.status()).as(raised.body()).isEqualTo(200);
		assertThat(raised.header("ETag")).hasValue("\"1\"");
		assertThat(raised.json().path("creditLimit").path("amount").asString()).isEqualTo("9000000.00");
		assertThat(raised.json().path("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
		assertThat(suspended.json().path("status").asString()).isEqualTo("SUSPENDED");
		assertThat(trail.path("items").valueStream().map((e) -> e.path("action").asString()))
			.containsExactly("SUSPENDED", "UPDATED", "CREATED");
		assertThat(trail.path("items").get(1).path("detail").asString()).contains("9000000.00 KRW");
	}

	@Test
	void aChangeBasedOnAStaleVersionIs412AndChangesNothing() {
		String id = open("Stale Co " + UUID.randomUUID());
		this.http.request("PUT", "/bff/v1/customers/" + id, draft("First Edit", "a@b.example", "100.00", 10, "ACTIVE"),
				"Authorization", BILLING, "If-Match", "\"0\"");

		var stale = this.http.request("PUT", "/bff/v1/customers/" + id,
				draft("Second Edit", "a@b.example", "200.00", 10, "ACTIVE"), "Authorization", BILLING, "If-Match",
				"\"0\"");
		var missing = this.http.request("PUT", "/bff/v1/customers/" + id,
				draft("Third Edit", "a@b.example", "300.00", 10, "ACTIVE"), "Authorization", BILLING);
		var read = this.http.get("/bff/v1/customers/" + id, "Authorization", BILLING);

		assertThat(stale.status()).as(stale.body()).isEqualTo(412);
		assertThat(stale.problemType()).isEqualTo("version-mismatch");
		assertThat(missing.status()).isEqualTo(428);
		assertThat(read.json().path("account").path("value").path("name").asString()).isEqualTo("First Edit");
	}

	@Test
	void anInvalidAccountIs400WithEachFieldNamed() {
		var invalid = this.http.post("/bff/v1/customers", draft("", "not-an-email", "12.345", 400, null),
				"Authorization", BILLING, "Idempotency-Key", UUID.randomUUID().toString());
		var otherCurrency = this.http.post("/bff/v1/customers",
				draft("Dollar Co", "ap@dollar.example", "100.00", 30, null).replace("KRW", "USD"), "Authorization",
				BILLING, "Idempotency-Key", UUID.randomUUID().toString());
		var noStatus = this.http.request("PUT", "/bff/v1/customers/" + open("No Status " + UUID.randomUUID()),
				draft("No Status", "a@b.example", "1.00", 1, null), "Authorization", BILLING, "If-Match", "\"0\"");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").valueStream().map((e) -> e.path("field").asString())).contains("name",
				"email", "creditLimit.amount", "paymentTermsDays");
		assertThat(otherCurrency.status()).as(otherCurrency.body()).isEqualTo(400);
		assertThat(otherCurrency.json().path("backend").asString()).isEqualTo("billing");
		assertThat(otherCurrency.json().path("errors").get(0).path("field").asString()).startsWith("creditLimit");
		assertThat(noStatus.status()).isEqualTo(400);
		assertThat(noStatus.json().path("errors").get(0).path("field").asString()).isEqualTo("status");
	}

	@Test
	void salesMayReadCustomersButNeitherOpenNorChangeThem() {
		String id = open("Read Only Co " + UUID.randomUUID());

		var opening = this.http.post("/bff/v1/customers", draft("Sales Co", "s@b.example", "1.00", 1, null),
				"Authorization", SALES, "Idempotency-Key", UUID.randomUUID().toString());
		var changing = this.http.request("PUT", "/bff/v1/customers/" + id,
				draft("Sales Edit", "s@b.example", "1.00", 1, "SUSPENDED"), "Authorization", SALES, "If-Match",
				"\"0\"");
		var read = this.http.get("/bff/v1/customers/" + id, "Authorization", SALES);

		assertThat(opening.status()).isEqualTo(403);
		assertThat(opening.problemType()).isEqualTo("forbidden");
		assertThat(changing.status()).isEqualTo(403);
		assertThat(read.json().path("account").path("value").path("status").asString()).isEqualTo("ACTIVE");
	}

	private String open(String name) {
		var opened = this.http.post("/bff/v1/customers", draft(name, "ap@example.com", "1000.00", 30, null),
				"Authorization", BILLING, "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().path("id").asString();
	}

	private static String draft(String name, String email, String creditLimit, int terms, String status) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("email", email);
		body.put("creditLimit", Map.of("amount", creditLimit, "currency", "KRW"));
		body.put("paymentTermsDays", terms);
		if (status != null) {
			body.put("status", status);
		}
		return LoopbackHttp.json(body);
	}

}
