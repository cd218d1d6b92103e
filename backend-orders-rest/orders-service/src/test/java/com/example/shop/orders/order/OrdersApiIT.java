package com.example.shop.orders.order;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import com.example.shop.testsupport.concurrent.Race;
import com.example.shop.testsupport.http.ConcurrentRetries;
import com.example.shop.testsupport.http.HostileRequestsContract;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.http.ProblemAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders API over real HTTP on loopback against the embedded PostgreSQL. */
class OrdersApiIT extends OrdersApiTest implements HostileRequestsContract {

	@Test
	void placingAnOrderReturnsItWithLocationEtagNumberAndExactTotals() {
		var response = create("placement-0001",
				body(CUSTOMER, line("SKU-0001", "19.99", 3), line("SKU-0002", "0.01", 1)));

		assertThat(response.status()).isEqualTo(201);
		JsonNode order = response.json();
		assertThat(response.header("Location")).hasValue("/api/v1/orders/" + order.path("id").asString());
		assertThat(response.header("ETag")).hasValue("\"0\"");
		assertThat(order.path("number").asString()).matches("ORD-\\d{6}");
		assertThat(order.path("status").asString()).isEqualTo("PLACED");
		assertThat(allowedActions(order)).containsExactly("CONFIRM", "CANCEL");
		assertThat(order.path("placementId").asString()).isEqualTo("placement-0001");
		assertThat(order.path("lines").get(0).path("lineTotal").path("amount").asString()).isEqualTo("59.97");
		assertThat(order.path("total").path("amount").asString()).isEqualTo("59.98");
		assertThat(order.path("total").path("currency").asString()).isEqualTo("KRW");
		assertThat(order.path("placedAt").asString()).isEqualTo("2026-11-20T01:00:00Z");
	}

	@Test
	void replayingTheSameKeyAndBodyReturnsTheFirstOrderAndCreatesNoSecond() {
		String body = body(CUSTOMER, line("SKU-0001", "1000", 1));
		var first = create("placement-replay", body);
		var replay = create("placement-replay", body);

		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(replay.json().path("number")).isEqualTo(first.json().path("number"));
		assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
		assertThat(orderCount()).isEqualTo(1);
	}

	@Test
	void reusingAKeyForADifferentBodyIs422AndChangesNothing() {
		create("placement-reuse", body(CUSTOMER, line("SKU-0001", "1000", 1)));
		var reuse = create("placement-reuse", body(CUSTOMER, line("SKU-0001", "1000", 2)));

		assertThat(reuse.status()).isEqualTo(422);
		assertThat(reuse.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(orderCount()).isEqualTo(1);
	}

	@Test
	void concurrentRetriesWithOneKeyCreateExactlyOneOrder() throws Exception {
		String body = body(CUSTOMER, line("SKU-0001", "1000", 1));
		List<LoopbackHttp.Response> responses = Race.race(12, () -> create("placement-race", body));

		ConcurrentRetries.assertCreatedOnce(responses, "/id");
		assertThat(orderCount()).isEqualTo(1);
	}

	@Test
	void anOrderMovesThroughItsLifecycleWithIfMatchAndEachStepBumpsTheVersion() {
		String id = create("placement-life", body(CUSTOMER, line("SKU-0001", "1000", 1))).json().path("id").asString();

		var confirmed = action(id, "confirm", "\"0\"");
		this.clock.advance(Duration.ofHours(1));
		var shipped = action(id, "ship", "\"1\"");
		var delivered = action(id, "deliver", "\"2\"");

		assertThat(confirmed.json().path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(shipped.json().path("status").asString()).isEqualTo("SHIPPED");
		assertThat(allowedActions(confirmed.json())).containsExactly("SHIP", "CANCEL");
		assertThat(allowedActions(shipped.json())).containsExactly("DELIVER");
		assertThat(allowedActions(delivered.json())).isEmpty();
		assertThat(shipped.json().path("updatedAt").asString()).isEqualTo("2026-11-20T02:00:00Z");
		assertThat(delivered.status()).isEqualTo(200);
		assertThat(delivered.header("ETag")).hasValue("\"3\"");
		assertThat(this.http.get("/api/v1/orders/" + id).json().path("status").asString()).isEqualTo("DELIVERED");
	}

	@Test
	void aChangeWithoutIfMatchIs428AndAStaleOneIs412AndNeitherChangesTheOrder() {
		String id = create("placement-stale", body(CUSTOMER, line("SKU-0001", "1000", 1))).json().path("id").asString();
		action(id, "confirm", "\"0\"");

		var missing = this.http.post("/api/v1/orders/" + id + "/ship", null);
		var stale = action(id, "ship", "\"0\"");

		assertThat(missing.status()).isEqualTo(428);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.problemType()).isEqualTo("version-mismatch");
		assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
		var current = this.http.get("/api/v1/orders/" + id);
		assertThat(current.json().path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(current.header("ETag")).hasValue("\"1\"");
	}

	@Test
	void aHeaderTheFirewallRefusesIsAMalformedRequestThatChangesNothing() {
		String id = create("placement-odd-header", body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
			.path("id")
			.asString();
		// "\u0085" (NEL) as a header carries it: one byte, a control character, which
		// is what UTF-8 text such as Korean typed into a header becomes there.
		var confirm = this.http.postLatin1Headers("/api/v1/orders/" + id + "/confirm", "If-Match", "\"1\u00852\"");

		ProblemAssertions.assertInvalid(confirm, "malformed-request", null);
		assertThat(this.http.get("/api/v1/orders/" + id).json().path("status").asString()).isEqualTo("PLACED");
	}

	@Test
	void aTransitionOutsideTheLifecycleIs409AndSaysWhatIsAllowed() {
		String id = create("placement-illegal", body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
			.path("id")
			.asString();

		var ship = action(id, "ship", "\"0\"");

		assertThat(ship.status()).isEqualTo(409);
		assertThat(ship.problemType()).isEqualTo("invalid-state-transition");
		assertThat(ship.json().path("allowedStatuses").toString()).isEqualTo("[\"CANCELLING\",\"CONFIRMED\"]");
		assertThat(this.http.get("/api/v1/orders/" + id).json().path("version").asLong()).isZero();
	}

	@Test
	void cancellingKeepsTheReasonAndAShippedOrderCannotBeCancelled() {
		String placed = create("placement-cancel-1", body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
			.path("id")
			.asString();
		String shipped = create("placement-cancel-2", body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
			.path("id")
			.asString();
		action(shipped, "confirm", "\"0\"");
		action(shipped, "ship", "\"1\"");

		var cancelled = this.http.post("/api/v1/orders/" + placed + "/cancel", "{\"reason\": \"customer asked\"}",
				"If-Match", "\"0\"");
		var refused = this.http.post("/api/v1/orders/" + shipped + "/cancel", null, "If-Match", "\"2\"");

		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLING");
		assertThat(cancelled.json().path("cancellationReason").asString()).isEqualTo("customer asked");
		assertThat(allowedActions(cancelled.json())).isEmpty();
		assertThat(refused.status()).isEqualTo(409);
	}

	@Test
	void twoUsersConfirmingTheSameVersionAtOnceLetExactlyOneWin() throws Exception {
		for (int round = 0; round < 5; round++) {
			String id = create("placement-concurrent-" + round, body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
				.path("id")
				.asString();

			List<LoopbackHttp.Response> responses = Race.race(2,
					() -> this.http.post("/api/v1/orders/" + id + "/cancel", null, "If-Match", "\"0\""));

			assertThat(responses).extracting(LoopbackHttp.Response::status).containsExactlyInAnyOrder(200, 412);
			assertThat(this.http.get("/api/v1/orders/" + id).json().path("version").asLong()).isEqualTo(1);
		}
	}

	@Test
	void getHonoursIfNoneMatchAndAnUnknownOrderIsANotFoundProblem() {
		String id = create("placement-get", body(CUSTOMER, line("SKU-0001", "1000", 1))).json().path("id").asString();

		assertThat(this.http.get("/api/v1/orders/" + id, "If-None-Match", "\"0\"").status()).isEqualTo(304);
		var missing = this.http.get("/api/v1/orders/" + UUID.randomUUID());
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(missing.problemType()).isEqualTo("not-found");
	}

	@Test
	void listingFiltersByStatusCustomerAndBusinessDaysAndPagesWithATotal() {
		// 2026-11-20 23:30 in Seoul is still the 20th there, though it is 14:30 UTC.
		this.clock.set(java.time.Instant.parse("2026-11-20T14:30:00Z"));
		String late = create("placement-list-1", body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
			.path("id")
			.asString();
		this.clock.set(java.time.Instant.parse("2026-11-20T15:30:00Z"));
		create("placement-list-2", body(CUSTOMER, line("SKU-0001", "2000", 1)));
		create("placement-list-3", body(OTHER_CUSTOMER, line("SKU-0001", "3000", 1)));
		action(late, "confirm", "\"0\"");

		JsonNode onThe20th = this.http.get("/api/v1/orders?from=2026-11-20&to=2026-11-20").json();
		JsonNode confirmed = this.http.get("/api/v1/orders?status=CONFIRMED&status=SHIPPED").json();
		JsonNode customer = this.http.get("/api/v1/orders?customerId=" + CUSTOMER + "&size=1&sort=total,desc").json();

		assertThat(onThe20th.path("total").asLong()).isEqualTo(1);
		assertThat(onThe20th.path("items").get(0).path("id").asString()).isEqualTo(late);
		assertThat(confirmed.path("total").asLong()).isEqualTo(1);
		assertThat(customer.path("total").asLong()).isEqualTo(2);
		assertThat(customer.path("items")).hasSize(1);
		assertThat(customer.path("items").get(0).path("total").path("amount").asString()).isEqualTo("2000.00");
		assertThat(customer.path("size").asInt()).isEqualTo(1);
	}

	@Test
	void lookupFindsManyOrdersByIdOrNumberInTheOrderAskedEachOnce() {
		JsonNode first = create("placement-lookup-1", body(CUSTOMER, line("SKU-0001", "1000", 2))).json();
		JsonNode second = create("placement-lookup-2", body(OTHER_CUSTOMER, line("SKU-0002", "500", 1))).json();
		String firstId = first.path("id").asString();
		String secondId = second.path("id").asString();
		String secondNumber = second.path("number").asString();

		var byId = this.http.get("/api/v1/orders/lookup?id=" + secondId + "&id=" + UUID.randomUUID() + "&id=" + firstId
				+ "&id=" + secondId);
		var byNumber = this.http
			.get("/api/v1/orders/lookup?number=" + secondNumber.toLowerCase() + "&number=ORD-999999&id=" + firstId);

		assertThat(byId.status()).as(byId.body()).isEqualTo(200);
		assertThat(byId.json().findValuesAsString("id")).as("the order asked, each once, unknown left out")
			.containsExactly(secondId, firstId);
		assertThat(byId.json().get(1)).as("the order as GET answers it, lines and all")
			.isEqualTo(this.http.get("/api/v1/orders/" + firstId).json());
		assertThat(byNumber.status()).as(byNumber.body()).isEqualTo(200);
		assertThat(byNumber.json().findValuesAsString("id")).as("ids first, then numbers, any case")
			.containsExactly(firstId, secondId);
	}

	@Test
	void aLooselyTypedNumberIsLookedUpAsTheNumberItMeans() {
		JsonNode placed = create("placement-lookup-loose", body(CUSTOMER, line("SKU-0001", "1000", 1))).json();
		String number = placed.path("number").asString();
		String digits = number.substring(4).replaceFirst("^0+", "");

		for (String typed : List.of("ord-" + digits, "ORD" + digits, digits, " " + number.toLowerCase() + " ")) {
			var found = this.http.get("/api/v1/orders/lookup?number=" + typed.replace(" ", "%20"));
			assertThat(found.status()).as(found.body()).isEqualTo(200);
			assertThat(found.json().findValuesAsString("number")).as(typed).containsExactly(number);
		}
		assertThat(this.http.get("/api/v1/orders/lookup?number=INV-" + digits).json()).as("another sequence's number")
			.isEmpty();
	}

	@Test
	void theSearchFindsAnOrderByItsNumberHoweverTypedOrByTheWordsOfItsCustomersName() {
		String hanbit = create("placement-search-1", body(CUSTOMER, line("SKU-0001", "1000", 1))).json()
			.path("number")
			.asString();
		String other = create("placement-search-2",
				body(OTHER_CUSTOMER, line("SKU-0001", "1000", 1)).replace("Hanbit Foods", "Seoul 50% Traders"))
			.json()
			.path("number")
			.asString();
		String digits = hanbit.substring(4).replaceFirst("^0+", "");

		assertThat(numbers("q=" + hanbit.toLowerCase())).containsExactly(hanbit);
		assertThat(numbers("q=ord-" + digits)).containsExactly(hanbit);
		assertThat(numbers("q=" + digits)).containsExactly(hanbit);
		assertThat(numbers("q=foods%20HANBIT")).as("every word, any order, any case").containsExactly(hanbit);
		assertThat(numbers("q=hanbit%20traders")).as("not any word").isEmpty();
		assertThat(numbers("q=50%25")).as("%% is literal").containsExactly(other);
		assertThat(numbers("q=5_%25")).as("_ is literal").isEmpty();
		assertThat(numbers("q=ORD-&customerId=" + OTHER_CUSTOMER)).as("with the other filters").containsExactly(other);
		var tooLong = this.http.get("/api/v1/orders?q=" + "x".repeat(101));
		assertThat(tooLong.status()).isEqualTo(400);
		var nul = this.http.get("/api/v1/orders?q=a%00b");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.problemType()).isEqualTo("validation");
	}

	private List<String> numbers(String query) {
		var answer = this.http.get("/api/v1/orders?size=100&" + query);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().path("items").findValuesAsString("number");
	}

	@Test
	void statsCountEveryStatusAndRevenuePerBusinessDayWithoutCancelledOrders() {
		this.clock.set(java.time.Instant.parse("2026-11-18T03:00:00Z"));
		create("placement-stats-1", body(CUSTOMER, line("SKU-0001", "100.50", 2)));
		String cancelled = create("placement-stats-2", body(CUSTOMER, line("SKU-0001", "999", 1))).json()
			.path("id")
			.asString();
		action(cancelled, "cancel", "\"0\"");
		this.http.post("/api/v1/saga/orders/" + cancelled + "/cancellation/complete", null);
		this.clock.set(java.time.Instant.parse("2026-11-20T03:00:00Z"));
		create("placement-stats-3", body(OTHER_CUSTOMER, line("SKU-0001", "50", 1)));

		JsonNode stats = this.http.get("/api/v1/orders/stats?from=2026-11-17&to=2026-11-20").json();

		assertThat(stats.path("countsByStatus").path("PLACED").asLong()).isEqualTo(2);
		assertThat(stats.path("countsByStatus").path("CANCELLED").asLong()).isEqualTo(1);
		assertThat(stats.path("countsByStatus").path("DELIVERED").asLong()).isZero();
		assertThat(stats.path("revenuePerDay")).hasSize(4);
		assertThat(stats.path("revenuePerDay").get(0).path("revenue").path("amount").asString()).isEqualTo("0.00");
		assertThat(stats.path("revenuePerDay").get(1).path("day").asString()).isEqualTo("2026-11-18");
		assertThat(stats.path("revenuePerDay").get(1).path("revenue").path("amount").asString()).isEqualTo("201.00");
		assertThat(stats.path("revenuePerDay").get(1).path("orders").asLong()).isEqualTo(1);
		assertThat(stats.path("totalRevenue").path("amount").asString()).isEqualTo("251.00");
		assertThat(stats.path("businessZone").asString()).isEqualTo("Asia/Seoul");
	}

	static Stream<Arguments> badCreateRequests() {
		return Stream.of(Arguments.of("malformed JSON", "{\"customerId\": ", "malformed-request", null),
				Arguments.of("unknown field",
						body(CUSTOMER, line("SKU-0001", "1", 1)).replace("\"lines\"", "\"discount\": 5, \"lines\""),
						"malformed-request", "discount"),
				Arguments.of("negative quantity", body(CUSTOMER, line("SKU-0001", "1", -1)), "validation",
						"lines[0].quantity"),
				Arguments.of("zero quantity", body(CUSTOMER, line("SKU-0001", "1", 0)), "validation",
						"lines[0].quantity"),
				Arguments.of("huge quantity", body(CUSTOMER, line("SKU-0001", "1", 10_001)), "validation",
						"lines[0].quantity"),
				Arguments.of("negative price", body(CUSTOMER, line("SKU-0001", "-5", 1)), "validation",
						"lines[0].unitPrice.amount"),
				Arguments.of("three fraction digits", body(CUSTOMER, line("SKU-0001", "1.005", 1)), "validation",
						"lines[0].unitPrice.amount"),
				Arguments.of("other currency", body(CUSTOMER, line("SKU-0001", "1", 1)).replace("KRW", "USD"),
						"validation", "lines[0].unitPrice.currency"),
				Arguments.of("repeated SKU", body(CUSTOMER, line("SKU-0001", "1", 1), line("SKU-0001", "1", 2)),
						"validation", "lines[1].sku"),
				Arguments.of("no lines", body(CUSTOMER), "validation", "lines"),
				Arguments.of("bad SKU", body(CUSTOMER, line("sku 1; drop table orders", "1", 1)), "validation",
						"lines[0].sku"),
				Arguments.of("customer id not a UUID", body("42", line("SKU-0001", "1", 1)), "malformed-request",
						"customerId"),
				Arguments.of("missing customer",
						body(CUSTOMER, line("SKU-0001", "1", 1)).replace("\"customerId\"", "\"customerIdd\""),
						"malformed-request", "customerIdd"),
				Arguments.of("quantity as text",
						body(CUSTOMER, line("SKU-0001", "1", 1)).replace("\"quantity\":1", "\"quantity\": \"lots\""),
						"malformed-request", "lines[0].quantity"),
				Arguments.of("absurd total", body(CUSTOMER, line("SKU-0001", "999999999999999", 10_000)), "validation",
						"lines"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badCreateRequests")
	void aBadCreateRequestIsA400ProblemNamingTheFieldAndChangesNothing(String name, String body, String type,
			String field) {
		var response = create("placement-bad-" + Math.abs(name.hashCode()), body);

		ProblemAssertions.assertInvalid(response, type, field);
		assertThat(orderCount()).isZero();
		assertThat(this.jdbc.sql("select count(*) from idempotency_record").query(Long.class).single()).isZero();
	}

	/** The requests {@link HostileRequestsContract} sends: method, path, body, status. */
	static Stream<Arguments> hostileRequests() {
		return Stream.of(Arguments.of("GET", "/api/v1/orders?size=100000", null, 400),
				Arguments.of("GET", "/api/v1/orders?q=%FF%FE", null, 400),
				Arguments.of("GET", "/api/v1/orders?%FF=1", null, 400),
				Arguments.of("GET", "/api/v1/orders?size=0", null, 400),
				Arguments.of("GET", "/api/v1/orders?page=-1", null, 400),
				Arguments.of("GET", "/api/v1/orders?page=99999999", null, 400),
				Arguments.of("GET", "/api/v1/orders?page=abc", null, 400),
				Arguments.of("GET", "/api/v1/orders?status=SHIPPPED", null, 400),
				Arguments.of("GET", "/api/v1/orders?from=2026-13-45", null, 400),
				Arguments.of("GET", "/api/v1/orders?from=2026-11-20&to=2026-11-01", null, 400),
				Arguments.of("GET", "/api/v1/orders?customerId=nope", null, 400),
				Arguments.of("GET", "/api/v1/orders/lookup", null, 400),
				Arguments.of("GET", "/api/v1/orders/lookup?id=nope", null, 400),
				Arguments.of("GET", "/api/v1/orders/lookup?number=ORD%20'1", null, 400),
				Arguments.of("GET", "/api/v1/orders/lookup?number=" + "9".repeat(21), null, 400),
				Arguments.of("GET",
						"/api/v1/orders/lookup?id=" + UUID.randomUUID()
								+ java.util.stream.IntStream.range(0, 100)
									.mapToObj((i) -> "&number=ORD-" + i)
									.reduce("", String::concat),
						null, 400),
				Arguments.of("GET", "/api/v1/orders/stats?from=2020-01-01&to=2026-01-01", null, 400),
				Arguments.of("GET", "/api/v1/orders/%27%20or%201=1", null, 400),
				Arguments.of("DELETE", "/api/v1/orders", null, 405),
				Arguments.of("GET", "/api/v1/nothing-here", null, 404),
				Arguments.of("POST", "/api/v1/orders/" + UUID.randomUUID() + "/confirm", null, 428),
				Arguments.of("POST", "/api/v1/orders/" + UUID.randomUUID() + "/teleport", null, 404));
	}

	@Test
	void aBodyThatIsNotJsonIs415() {
		var response = this.http.request("POST", "/api/v1/orders", null, "Content-Type", "text/plain",
				"Idempotency-Key", "placement-text");

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.problemType()).isEqualTo("unsupported-media-type");
	}

	private static List<String> allowedActions(JsonNode order) {
		assertThat(order.path("allowedActions").isArray()).isTrue();
		return order.path("allowedActions").valueStream().map(JsonNode::asString).toList();
	}

}
