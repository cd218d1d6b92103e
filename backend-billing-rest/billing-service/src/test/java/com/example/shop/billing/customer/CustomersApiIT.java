package com.example.shop.billing.customer;

import com.example.shop.billing.BillingApiTest;
import com.example.shop.testsupport.concurrent.Race;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import com.example.shop.testsupport.http.HostileRequestsContract;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.http.ProblemAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.example.shop.billing.BillingHttp.customerBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Customer accounts over real HTTP on loopback against the embedded PostgreSQL. */
class CustomersApiIT extends BillingApiTest implements HostileRequestsContract {

	@Test
	void openingAnAccountReturnsItActiveWithLocationAndEtag() {
		var response = this.billing.createCustomer("customer-0001", customerBody("Hanbit Foods", "5000000", 30));

		assertThat(response.status()).isEqualTo(201);
		JsonNode customer = response.json();
		assertThat(response.header("Location")).hasValue("/api/v1/customers/" + customer.path("id").asString());
		assertThat(response.header("ETag")).hasValue("\"0\"");
		assertThat(customer.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(customer.path("currency").asString()).isEqualTo("KRW");
		assertThat(customer.path("creditLimit").path("amount").asString()).isEqualTo("5000000.00");
		assertThat(customer.path("paymentTermsDays").asInt()).isEqualTo(30);
		assertThat(customer.path("createdAt").asString()).isEqualTo("2026-11-20T01:00:00Z");
	}

	@Test
	void theCreatingResponseShowsTheSameInstantsAsEveryLaterRead() {
		// PostgreSQL keeps microseconds; a clock with nanoseconds must not make the two
		// differ.
		this.clock.set(Instant.parse("2026-11-20T01:00:00.123456789Z"));

		JsonNode created = this.billing.createCustomer("customer-nanos", customerBody("Hanbit Foods", "1000", 30))
			.json();
		JsonNode read = this.http.get("/api/v1/customers/" + created.path("id").asString()).json();

		assertThat(created.path("createdAt").asString()).isEqualTo("2026-11-20T01:00:00.123456Z");
		assertThat(read).isEqualTo(created);
	}

	@Test
	void replayingTheSameKeyAndBodyReturnsTheFirstAccountAndOpensNoSecond() {
		String body = customerBody("Hanbit Foods", "1000", 30);
		var first = this.billing.createCustomer("customer-replay", body);
		var replay = this.billing.createCustomer("customer-replay", body);

		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
		assertThat(first.header("Idempotency-Replayed")).hasValue("false");
		assertThat(customerCount()).isEqualTo(1);
	}

	@Test
	void reusingAKeyForADifferentBodyIs422AndChangesNothing() {
		this.billing.createCustomer("customer-reuse", customerBody("Hanbit Foods", "1000", 30));
		var reuse = this.billing.createCustomer("customer-reuse", customerBody("Hanbit Foods", "2000", 30));

		assertThat(reuse.status()).isEqualTo(422);
		assertThat(reuse.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(customerCount()).isEqualTo(1);
	}

	@Test
	void anUpdateWithIfMatchChangesTheAccountAndBumpsTheEtag() {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);

		var updated = update(id, "\"0\"", "Hanbit Foods Ltd", "2500.50", 14, "SUSPENDED");

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.header("ETag")).hasValue("\"1\"");
		var current = this.http.get("/api/v1/customers/" + id);
		assertThat(current.json().path("name").asString()).isEqualTo("Hanbit Foods Ltd");
		assertThat(current.json().path("creditLimit").path("amount").asString()).isEqualTo("2500.50");
		assertThat(current.json().path("paymentTermsDays").asInt()).isEqualTo(14);
		assertThat(current.json().path("status").asString()).isEqualTo("SUSPENDED");
		assertThat(current.header("ETag")).hasValue("\"1\"");
	}

	@Test
	void anUpdateWithoutIfMatchIs428AndAStaleOneIs412AndNeitherChangesTheAccount() {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);
		update(id, "\"0\"", "Hanbit Foods", "1000", 45, "ACTIVE");

		var missing = this.http.request("PUT", "/api/v1/customers/" + id,
				updateBody("Someone Else", "1", 0, "SUSPENDED"));
		var stale = update(id, "\"0\"", "Someone Else", "1", 0, "SUSPENDED");

		assertThat(missing.status()).isEqualTo(428);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.problemType()).isEqualTo("version-mismatch");
		assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
		JsonNode current = this.http.get("/api/v1/customers/" + id).json();
		assertThat(current.path("name").asString()).isEqualTo("Hanbit Foods");
		assertThat(current.path("paymentTermsDays").asInt()).isEqualTo(45);
		assertThat(current.path("version").asLong()).isEqualTo(1);
	}

	@Test
	void twoEditorsUpdatingTheSameVersionAtOnceLetExactlyOneWin() throws Exception {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);

		List<LoopbackHttp.Response> responses = Race.race(2,
				() -> update(id, "\"0\"", "Hanbit " + UUID.randomUUID(), "1000", 30, "ACTIVE"));

		assertThat(responses).extracting(LoopbackHttp.Response::status).containsExactlyInAnyOrder(200, 412);
		assertThat(this.http.get("/api/v1/customers/" + id).json().path("version").asLong()).isEqualTo(1);
	}

	@Test
	void getHonoursIfNoneMatchAndAnUnknownCustomerIsANotFoundProblem() {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);

		assertThat(this.http.get("/api/v1/customers/" + id, "If-None-Match", "\"0\"").status()).isEqualTo(304);
		var missing = this.http.get("/api/v1/customers/" + UUID.randomUUID());
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.problemType()).isEqualTo("not-found");
		assertThat(missing.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void listingSearchesNameAndEmailCaseInsensitivelyFiltersByStatusAndPagesWithATotal() {
		String hanbit = this.billing.customer("Hanbit Foods", "1000", 30);
		this.billing.customer("Seoul Office Supply", "3000", 30);
		String busan = this.billing.customer("Busan Marine Traders", "2000", 30);
		update(busan, "\"0\"", "Busan Marine Traders", "2000", 30, "SUSPENDED");

		JsonNode search = this.http.get("/api/v1/customers?q=FOOD").json();
		JsonNode byEmail = this.http.get("/api/v1/customers?q=seouloffice").json();
		JsonNode suspended = this.http.get("/api/v1/customers?status=SUSPENDED").json();
		JsonNode page = this.http.get("/api/v1/customers?size=2&sort=creditLimit,desc").json();
		JsonNode secondPage = this.http.get("/api/v1/customers?size=2&page=1").json();

		assertThat(search.path("total").asLong()).isEqualTo(1);
		assertThat(search.path("items").get(0).path("id").asString()).isEqualTo(hanbit);
		assertThat(byEmail.path("items").get(0).path("name").asString()).isEqualTo("Seoul Office Supply");
		assertThat(suspended.path("items").findValuesAsString("id")).containsExactly(busan);
		assertThat(page.path("total").asLong()).isEqualTo(3);
		assertThat(page.path("items").findValuesAsString("name")).containsExactly("Seoul Office Supply",
				"Busan Marine Traders");
		assertThat(secondPage.path("items").findValuesAsString("name")).containsExactly("Seoul Office Supply");
	}

	@Test
	void searchTextIsMatchedLiterallyNotAsAPattern() {
		this.billing.customer("Hanbit Foods", "1000", 30);
		this.billing.customer("100% Organic", "1000", 30);

		JsonNode percent = this.http.get("/api/v1/customers?q=%25").json();
		JsonNode underscore = this.http.get("/api/v1/customers?q=_").json();

		assertThat(percent.path("items").findValuesAsString("name")).containsExactly("100% Organic");
		assertThat(underscore.path("total").asLong()).isZero();
	}

	@Test
	void lookupReturnsTheCustomersAskedForInOrderOnceEachAndLeavesUnknownIdsOut() {
		String a = this.billing.customer("Hanbit Foods", "1000", 30);
		String b = this.billing.customer("Daejeon Labs", "1000", 30);

		var response = this.http
			.get("/api/v1/customers/lookup?id=%s&id=%s&id=%s&id=%s".formatted(b, UUID.randomUUID(), a, b));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().findValuesAsString("id")).containsExactly(b, a);
	}

	@Test
	void lookupRefusesMoreThanAHundredIds() {
		String ids = IntStream.range(0, 101)
			.mapToObj((i) -> "id=" + UUID.randomUUID())
			.collect(Collectors.joining("&"));

		var response = this.http.get("/api/v1/customers/lookup?" + ids);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("id");
	}

	static Stream<Arguments> badCreateRequests() {
		String valid = customerBody("Hanbit Foods", "1000", 30);
		return Stream.of(Arguments.of("malformed JSON", "{\"name\": ", "malformed-request", null),
				Arguments.of("unknown field", valid.replace("\"name\"", "\"discount\": 5, \"name\""),
						"malformed-request", "discount"),
				Arguments.of("other currency", valid.replace("KRW", "USD"), "validation", "creditLimit.currency"),
				Arguments.of("negative limit", customerBody("Hanbit Foods", "-1", 30), "validation",
						"creditLimit.amount"),
				Arguments.of("three fraction digits", customerBody("Hanbit Foods", "1.005", 30), "validation",
						"creditLimit.amount"),
				Arguments.of("absurd limit", customerBody("Hanbit Foods", "10000000000000000", 30), "validation",
						"creditLimit.amount"),
				Arguments.of("terms above a year", customerBody("Hanbit Foods", "1", 366), "validation",
						"paymentTermsDays"),
				Arguments.of("negative terms", customerBody("Hanbit Foods", "1", -1), "validation", "paymentTermsDays"),
				Arguments.of("terms as text", valid.replace("30", "\"thirty\""), "malformed-request",
						"paymentTermsDays"),
				Arguments.of("blank name", customerBody("   ", "1", 30), "validation", "name"),
				Arguments.of("long name", customerBody("x".repeat(201), "1", 30), "validation", "name"),
				Arguments.of("bad email", valid.replaceAll("ap@[a-z.]+", "nobody"), "validation", "email"),
				Arguments.of("NUL in the name", customerBody("Hanbit\u0000Foods", "1", 30), "validation", "name"),
				Arguments.of("missing limit",
						"{\"name\": \"A\", \"email\": \"a@example.com\", \"paymentTermsDays\": 1}", "validation",
						"creditLimit"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badCreateRequests")
	void aBadCreateRequestIsA400ProblemNamingTheFieldAndChangesNothing(String name, String body, String type,
			String field) {
		var response = this.billing.createCustomer("customer-bad-" + Math.abs(name.hashCode()), body);

		ProblemAssertions.assertInvalid(response, type, field);
		assertThat(customerCount()).isZero();
		assertThat(this.jdbc.sql("select count(*) from idempotency_record").query(Long.class).single()).isZero();
	}

	@Test
	void anUpdateInAnotherCurrencyIsRefusedAndChangesNothing() {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);

		var response = update(id, "\"0\"", "Hanbit Foods", "1000", 30, "ACTIVE", "JPY");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("creditLimit.currency");
		assertThat(this.http.get("/api/v1/customers/" + id).json().path("version").asLong()).isZero();
	}

	/** The requests {@link HostileRequestsContract} sends: method, path, body, status. */
	static Stream<Arguments> hostileRequests() {
		return Stream.of(Arguments.of("GET", "/api/v1/customers?size=100000", null, 400),
				Arguments.of("GET", "/api/v1/customers?q=%FF%FE", null, 400),
				Arguments.of("GET", "/api/v1/customers?%FF=1", null, 400),
				Arguments.of("GET", "/api/v1/customers?size=0", null, 400),
				Arguments.of("GET", "/api/v1/customers?page=-1", null, 400),
				Arguments.of("GET", "/api/v1/customers?page=99999999", null, 400),
				Arguments.of("GET", "/api/v1/customers?status=GONE", null, 400),
				Arguments.of("GET", "/api/v1/customers?q=" + "x".repeat(101), null, 400),
				Arguments.of("GET", "/api/v1/customers?q=a%00b", null, 400),
				Arguments.of("GET", "/api/v1/customers?sort=name;drop%20table%20customer", null, 400),
				Arguments.of("GET", "/api/v1/customers/%27%20or%201=1", null, 400),
				Arguments.of("GET", "/api/v1/customers/" + UUID.randomUUID() + "/balance", null, 404),
				Arguments.of("GET", "/api/v1/customers/" + UUID.randomUUID() + "/credit-check?amount=1", null, 404),
				Arguments.of("GET", "/api/v1/customers/" + UUID.randomUUID() + "/audit", null, 404),
				Arguments.of("GET", "/api/v1/customers/%27%20or%201=1/audit", null, 400),
				Arguments.of("GET", "/api/v1/customers/" + UUID.randomUUID() + "/audit?size=-1", null, 400),
				Arguments.of("GET", "/api/v1/customers/" + UUID.randomUUID() + "/audit?size=abc", null, 400),
				Arguments.of("DELETE", "/api/v1/customers/" + UUID.randomUUID() + "/audit", null, 405),
				Arguments.of("DELETE", "/api/v1/customers/" + UUID.randomUUID(), null, 405),
				Arguments.of("GET", "/api/v1/customers/lookup?id=", null, 400),
				Arguments.of("PUT", "/api/v1/customers/" + UUID.randomUUID(), "[]", 400),
				Arguments.of("PUT", "/api/v1/customers/" + UUID.randomUUID(), updateBody("A", "1", 1, "ACTIVE"), 428));
	}

	private LoopbackHttp.Response update(String id, String ifMatch, String name, String limit, int terms,
			String status) {
		return update(id, ifMatch, name, limit, terms, status, "KRW");
	}

	private LoopbackHttp.Response update(String id, String ifMatch, String name, String limit, int terms, String status,
			String currency) {
		return this.http.request("PUT", "/api/v1/customers/" + id,
				updateBody(name, limit, terms, status).replace("KRW", currency), "If-Match", ifMatch);
	}

	private static String updateBody(String name, String limit, int terms, String status) {
		return """
				{"name": "%s", "email": "ap@example.com", "creditLimit": {"amount": "%s", "currency": "KRW"},
				 "paymentTermsDays": %d, "status": "%s"}""".formatted(name, limit, terms, status);
	}

	private long customerCount() {
		return this.jdbc.sql("select count(*) from customer").query(Long.class).single();
	}

}
