package com.example.shop.orders.order;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.example.shop.testsupport.concurrent.Race;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.http.ProblemAssertions;
import com.example.shop.testsupport.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders' audit trail over real HTTP against the embedded PostgreSQL: every change
 * made with a person's token is recorded with that person, its action, a detail and the
 * instant it stamped as the order's updatedAt; a refused change records nothing; only
 * whoever reads the order reads it.
 */
class OrderAuditIT extends OrdersApiTest {

	/** The admin who reads trails; never changes an order here. */
	LoopbackHttp auditor;

	@BeforeEach
	void setUp() {
		this.auditor = as("auditor", "ADMIN");
	}

	@Test
	void everyStepOfTheLifecycleNamesWhoDidItWhatAndWhenNewestFirst() {
		String id = place(as("kim", "SALES"), "audit-life",
				body(CUSTOMER, line("SKU-0001", "19.99", 3), line("SKU-0002", "0.01", 1)));
		assertNewest(id, "kim", "PLACED", "2 lines, total 59.98 KRW");
		assertThat(trail(id).get(0).path("at").asString()).isEqualTo("2026-11-20T01:00:00Z");

		this.clock.advance(Duration.ofMinutes(10));
		act(as("lee", "SALES"), id, "confirm", 0);
		assertNewest(id, "lee", "CONFIRMED", "PLACED → CONFIRMED");

		this.clock.advance(Duration.ofMinutes(10));
		act(as("park", "ADMIN"), id, "ship", 1);
		assertNewest(id, "park", "SHIPPED", "CONFIRMED → SHIPPED");

		this.clock.advance(Duration.ofMinutes(10));
		act(as("lee", "SALES"), id, "deliver", 2);
		assertNewest(id, "lee", "DELIVERED", "SHIPPED → DELIVERED");

		List<JsonNode> trail = trail(id);
		assertThat(trail).extracting((e) -> e.path("action").asString())
			.containsExactly("DELIVERED", "SHIPPED", "CONFIRMED", "PLACED");
		assertThat(trail).extracting((e) -> e.path("actor").asString()).containsExactly("lee", "park", "lee", "kim");
		assertThat(trail).extracting((e) -> e.path("at").asString())
			.containsExactly("2026-11-20T01:30:00Z", "2026-11-20T01:20:00Z", "2026-11-20T01:10:00Z",
					"2026-11-20T01:00:00Z");
	}

	@Test
	void aCancellationNamesThePersonWhoAskedWithTheReasonAndWhoeverFinishedIt() {
		LoopbackHttp kim = as("kim", "SALES");
		String id = place(kim, "audit-cancel", body(CUSTOMER, line("SKU-0001", "1000", 1)));

		this.clock.advance(Duration.ofMinutes(5));
		var cancel = kim.post(ORDERS + id + "/cancel", "{\"reason\": \"customer asked\\nby phone\"}", "If-Match",
				"\"0\"");
		assertThat(cancel.status()).isEqualTo(200);
		assertNewest(id, "kim", "CANCELLATION_REQUESTED", "PLACED → CANCELLING, reason: customer asked by phone");

		// The BFF's reconciler finishes it, with no person behind it.
		this.clock.advance(Duration.ofMinutes(5));
		LoopbackHttp reconciler = new LoopbackHttp(this.port).withBearer(Caller.SERVICE.token());
		assertThat(reconciler.post("/api/v1/saga/orders/" + id + "/cancellation/complete", null).status())
			.isEqualTo(200);
		assertNewest(id, "ui-app", "CANCELLED", "CANCELLING → CANCELLED, reason: customer asked by phone");

		// Finishing again is idempotent: no change, no entry.
		assertThat(reconciler.post("/api/v1/saga/orders/" + id + "/cancellation/complete", null).status())
			.isEqualTo(200);
		assertThat(trail(id)).extracting((e) -> e.path("action").asString())
			.containsExactly("CANCELLED", "CANCELLATION_REQUESTED", "PLACED");
	}

	@Test
	void eachEntryCarriesWhatChangedFieldByFieldForClientsToShowInTheirLanguage() {
		LoopbackHttp kim = as("kim", "SALES");
		String id = place(kim, "audit-changes", body(CUSTOMER, line("SKU-0001", "2928000", 2)));
		act(kim, id, "confirm", 0);
		assertThat(kim.post(ORDERS + id + "/cancel", "{\"reason\": \"customer asked\"}", "If-Match", "\"1\"").status())
			.isEqualTo(200);

		List<JsonNode> trail = trail(id);

		assertThat(changes(trail.get(0))).containsExactly("status STATUS CONFIRMED → CANCELLING -",
				"cancellationReason TEXT - → customer asked -");
		assertThat(changes(trail.get(1))).containsExactly("status STATUS PLACED → CONFIRMED -");
		assertThat(changes(trail.get(2))).containsExactly("status STATUS - → PLACED -",
				"total MONEY - → 5856000.00 KRW");
	}

	@Test
	void anEntryRecordedBeforeEntriesKeptTheirChangesHasNoneAndOnlyItsDetail() {
		String id = place(as("kim", "SALES"), "audit-older", body(CUSTOMER, line("SKU-0001", "10", 1)));
		this.jdbc.sql("update order_audit set changes = null where order_id = cast(:id as uuid)")
			.param("id", id)
			.update();

		JsonNode entry = trail(id).getFirst();

		assertThat(entry.path("detail").asString()).isEqualTo("1 line, total 10.00 KRW");
		assertThat(entry.path("changes").isMissingNode() || entry.path("changes").isNull()).isTrue();
	}

	@Test
	void aCancellationPutBackIsRecordedOnceWithWhyItWentBack() {
		LoopbackHttp kim = as("kim", "SALES");
		String id = place(kim, "audit-revert", body(CUSTOMER, line("SKU-0001", "1000", 1)));
		act(kim, id, "confirm", 0);
		act(kim, id, "cancel", 1);

		this.clock.advance(Duration.ofMinutes(5));
		// The BFF, for kim, found the invoice paid: the order goes back.
		assertThat(kim.post("/api/v1/saga/orders/" + id + "/cancellation/revert", null).status()).isEqualTo(200);
		assertNewest(id, "kim", "CANCELLATION_REVERTED", "CANCELLING → CONFIRMED, its invoice could not be voided");

		assertThat(kim.post("/api/v1/saga/orders/" + id + "/cancellation/revert", null).status()).isEqualTo(200);
		assertThat(trail(id)).extracting((e) -> e.path("action").asString())
			.containsExactly("CANCELLATION_REVERTED", "CANCELLATION_REQUESTED", "CONFIRMED", "PLACED");
	}

	@Test
	void aRefusedChangeRecordsNothing() {
		LoopbackHttp kim = as("kim", "SALES");
		String body = body(CUSTOMER, line("SKU-0001", "1000", 1));
		String id = place(kim, "audit-refused", body);
		act(kim, id, "confirm", 0);
		long before = entries();

		List<LoopbackHttp.Response> refused = List.of(kim.post(ORDERS + id + "/ship", null),
				kim.post(ORDERS + id + "/ship", null, "If-Match", "\"0\""),
				kim.post(ORDERS + id + "/deliver", null, "If-Match", "\"1\""),
				kim.post(ORDERS + id + "/cancel", "{\"reason\": \"nul \\u0000 here\"}", "If-Match", "\"1\""),
				kim.post(ORDERS + id + "/cancel", "{\"reason\": \"" + "x".repeat(501) + "\"}", "If-Match", "\"1\""),
				kim.post("/api/v1/orders", body(CUSTOMER, line("SKU-0001", "1000", 2)), "Idempotency-Key",
						"audit-refused"),
				as("bo", "BILLING").post(ORDERS + id + "/ship", null, "If-Match", "\"1\""),
				new LoopbackHttp(this.port).post(ORDERS + id + "/ship", null, "If-Match", "\"1\""),
				kim.post(ORDERS + UUID.randomUUID() + "/ship", null, "If-Match", "\"1\""),
				kim.post("/api/v1/saga/orders/" + id + "/cancellation/complete", null));
		var replay = kim.post("/api/v1/orders", body, "Idempotency-Key", "audit-refused");

		assertThat(refused).extracting(LoopbackHttp.Response::status)
			.containsExactly(428, 412, 409, 400, 400, 422, 403, 401, 404, 409);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
		assertThat(entries()).isEqualTo(before);
		assertThat(trail(id)).extracting((e) -> e.path("action").asString()).containsExactly("CONFIRMED", "PLACED");
	}

	@Test
	void ofTwoCancelsOfOneVersionAtOnceOnlyTheOneThatWonIsRecorded() throws Exception {
		for (int round = 0; round < 3; round++) {
			String id = place(as("kim", "SALES"), "audit-race-" + round, body(CUSTOMER, line("SKU-0001", "1000", 1)));

			List<String> winners = Race.race(2, () -> {
				String who = "racer-" + UUID.randomUUID();
				int status = as(who, "SALES").post(ORDERS + id + "/cancel", null, "If-Match", "\"0\"").status();
				return (status == 200) ? who : null;
			}).stream().filter(java.util.Objects::nonNull).toList();

			assertThat(winners).hasSize(1);
			assertThat(trail(id)).extracting((e) -> e.path("action").asString() + " " + e.path("actor").asString())
				.containsExactly("CANCELLATION_REQUESTED " + winners.getFirst(), "PLACED kim");
		}
	}

	@Test
	void aLongReasonIsCutTo500CharactersWithAnEllipsis() {
		LoopbackHttp kim = as("kim", "SALES");
		String id = place(kim, "audit-long", body(CUSTOMER, line("SKU-0001", "1000", 1)));

		assertThat(kim.post(ORDERS + id + "/cancel", "{\"reason\": \"" + "r".repeat(500) + "\"}", "If-Match", "\"0\"")
			.status()).isEqualTo(200);

		String detail = trail(id).get(0).path("detail").asString();
		assertThat(detail).hasSize(500).startsWith("PLACED → CANCELLING, reason: rrr").endsWith("r…");
	}

	@Test
	void whoeverReadsTheOrderReadsItsTrail() {
		String id = place(as("kim", "SALES"), "audit-who", body(CUSTOMER, line("SKU-0001", "1000", 1)));

		for (Caller caller : List.of(Caller.SALES, Caller.BILLING, Caller.SERVICE, Caller.SALES_AT_A_TERMINAL,
				Caller.BILLING_AT_A_TERMINAL)) {
			var read = new LoopbackHttp(this.port).get(ORDERS + id + "/audit", "Authorization",
					"Bearer " + caller.token());
			assertThat(read.status()).as(caller.name()).isEqualTo(200);
		}
		var anonymous = new LoopbackHttp(this.port).get(ORDERS + id + "/audit");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.problemType()).isEqualTo("unauthorized");
		var atATerminal = new LoopbackHttp(this.port).get(ORDERS + id + "/audit", "Authorization",
				"Bearer " + Caller.ADMIN_AT_A_TERMINAL.token());
		assertThat(atATerminal.status()).isEqualTo(200);
		assertThat(atATerminal.json().path("items").get(0).path("actor").asString()).isEqualTo("kim");
	}

	@Test
	void theTrailOfAnUnknownOrderIsANotFoundProblem() {
		var missing = this.auditor.get(ORDERS + UUID.randomUUID() + "/audit");

		ProblemAssertions.assertRefused(missing, 404);
		assertThat(missing.problemType()).isEqualTo("not-found");
	}

	@ParameterizedTest(name = "size={0}")
	@ValueSource(strings = { "0", "-1", "101", "100000", "abc", "1.5" })
	void aSizeOutOfRangeIsA400NamingIt(String size) {
		String id = place(as("kim", "SALES"), "audit-size-" + size, body(CUSTOMER, line("SKU-0001", "1000", 1)));

		var response = this.auditor.get(ORDERS + id + "/audit?size=" + size);

		ProblemAssertions.assertInvalid(response, "validation", "size");
	}

	@Test
	void theTrailShowsTheNewest50ByDefaultAndAtMostSize() {
		String id = place(as("kim", "SALES"), "audit-many", body(CUSTOMER, line("SKU-0001", "1000", 1)));
		this.jdbc.sql("""
				insert into order_audit (order_id, action, actor, at, detail)
				select :id, 'CONFIRMED', 'bulk', now() + make_interval(secs => g), 'entry ' || g
				from generate_series(1, 119) g""").param("id", UUID.fromString(id)).update();

		List<JsonNode> byDefault = trail(id);
		JsonNode hundred = this.auditor.get(ORDERS + id + "/audit?size=100").json().path("items");
		JsonNode one = this.auditor.get(ORDERS + id + "/audit?size=1").json().path("items");

		assertThat(byDefault).hasSize(50);
		assertThat(byDefault.get(0).path("detail").asString()).isEqualTo("entry 119");
		assertThat(byDefault.get(49).path("detail").asString()).isEqualTo("entry 70");
		assertThat(hundred).hasSize(100);
		assertThat(hundred.get(99).path("detail").asString()).isEqualTo("entry 20");
		assertThat(one).hasSize(1);
		assertThat(one.get(0).path("detail").asString()).isEqualTo("entry 119");
	}

	/**
	 * The newest entry names {@code actor}, {@code action} and {@code detail}, at the
	 * instant the order now shows as its updatedAt.
	 */
	private void assertNewest(String id, String actor, String action, String detail) {
		JsonNode order = this.auditor.get(ORDERS + id).json();
		JsonNode newest = trail(id).getFirst();
		assertThat(newest.path("actor").asString()).isEqualTo(actor);
		assertThat(newest.path("action").asString()).isEqualTo(action);
		assertThat(newest.path("detail").asString()).isEqualTo(detail);
		assertThat(newest.path("at").asString()).isEqualTo(order.path("updatedAt").asString());
	}

	private List<JsonNode> trail(String id) {
		var response = this.auditor.get(ORDERS + id + "/audit");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("items").valueStream().toList();
	}

	private static String place(LoopbackHttp who, String placement, String body) {
		var created = who.post("/api/v1/orders", body, "Idempotency-Key", placement);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static void act(LoopbackHttp who, String id, String action, long version) {
		var response = who.post(ORDERS + id + "/" + action, null, "If-Match", "\"" + version + "\"");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** An entry's changes, each as {@code field KIND before → after currency}. */
	private static List<String> changes(JsonNode entry) {
		assertThat(entry.path("changes").isArray()).as(entry.toString()).isTrue();
		return entry.path("changes")
			.valueStream()
			.map((change) -> "%s %s %s → %s %s".formatted(change.path("field").asString(),
					change.path("kind").asString(), text(change.path("before")), text(change.path("after")),
					text(change.path("currency"))))
			.toList();
	}

	private static String text(JsonNode value) {
		return (value.isMissingNode() || value.isNull()) ? "-" : value.asString();
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from order_audit").query(Long.class).single();
	}

}
