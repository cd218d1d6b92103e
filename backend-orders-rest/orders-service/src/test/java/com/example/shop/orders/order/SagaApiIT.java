package com.example.shop.orders.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.example.shop.testsupport.concurrent.Race;
import com.example.shop.testsupport.http.LoopbackHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga's operations on orders: progress recorded on the order, leases for the
 * reconcilers, cancelling through CANCELLING, abandoned placements, and placements
 * replayed after their idempotency record is gone. The BFF runs the saga: every call here
 * is the admin's through the UI's client (OrdersSecurityIT walks who else may not).
 */
class SagaApiIT extends OrdersApiTest {

	@Test
	void aNewOrderWaitsForItsStockConfirmationAndItsInvoice() {
		JsonNode order = createFor("saga-new", CUSTOMER).json();

		assertThat(steps(order)).containsExactly("CONFIRM_STOCK", "ISSUE_INVOICE");
		assertThat(order.path("saga").path("reservationId").asString()).isEqualTo("saga-new");
		assertThat(order.path("saga").path("stock").asString()).isEqualTo("PENDING");
		assertThat(order.path("saga").path("invoice").asString()).isEqualTo("PENDING");
	}

	@Test
	void progressIsRecordedOnceAndNeverMakesAUsersVersionStale() {
		String id = createFor("saga-progress", CUSTOMER).json().path("id").asString();
		String invoice = UUID.randomUUID().toString();

		JsonNode stock = progress(id, Map.of("stockConfirmed", true)).json();
		JsonNode done = progress(id, Map.of("invoiceId", invoice)).json();
		JsonNode again = progress(id, Map.of("stockConfirmed", true, "invoiceId", UUID.randomUUID().toString())).json();

		assertThat(steps(stock)).containsExactly("ISSUE_INVOICE");
		assertThat(steps(done)).isEmpty();
		assertThat(again.path("saga").path("invoiceId").asString()).as("the first invoice stays").isEqualTo(invoice);
		assertThat(again.path("version").asLong()).isZero();
		assertThat(action(id, "confirm", "\"0\"").status()).isEqualTo(200);
	}

	@Test
	void aPlacementReplayedAfterItsIdempotencyRecordWasPurgedFindsItsOrder() {
		String id = createFor("saga-purged", CUSTOMER).json().path("id").asString();
		this.jdbc.sql("delete from idempotency_record").update();

		var replay = createFor("saga-purged", CUSTOMER);
		var otherCustomer = createFor("saga-purged", OTHER_CUSTOMER);

		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().path("id").asString()).isEqualTo(id);
		assertThat(otherCustomer.status()).isEqualTo(422);
		assertThat(otherCustomer.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(orderCount()).isOne();
	}

	@Test
	void aRetryAfterTheCustomerWasRenamedIsTheSamePlacement() {
		String id = createFor("saga-renamed", CUSTOMER).json().path("id").asString();
		String renamed = body(CUSTOMER, line("SKU-0001", "1000", 2)).replace("Hanbit Foods", "Hanbit Foods Ltd");

		var retry = this.http.post("/api/v1/orders", renamed, "Idempotency-Key", "saga-renamed");

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotency-Replayed")).hasValue("true");
		assertThat(retry.json().path("id").asString()).isEqualTo(id);
	}

	@Test
	void aReplayAnswersTheOrderAsItIsNow() {
		String id = createFor("saga-replay-now", CUSTOMER).json().path("id").asString();
		progress(id, Map.of("stockConfirmed", true));

		JsonNode replay = createFor("saga-replay-now", CUSTOMER).json();

		assertThat(steps(replay)).containsExactly("ISSUE_INVOICE");
	}

	@Test
	void aReconcilerClaimsOnlyOrdersWhoseProgressIsOldEnoughAndWhoseLeaseIsFree() {
		String id = createFor("saga-lease", CUSTOMER).json().path("id").asString();

		List<String> fresh = claim("reconciler-a", 30);
		this.clock.advance(Duration.ofSeconds(31));
		List<String> claimed = claim("reconciler-a", 30);
		List<String> whileLeased = claim("reconciler-b", 30);
		progress(id, Map.of("stockConfirmed", true, "leaseOwner", "reconciler-a", "retryAfterSeconds", 60));
		this.clock.advance(Duration.ofSeconds(45));
		List<String> backingOff = claim("reconciler-b", 0);
		this.clock.advance(Duration.ofSeconds(20));
		List<String> again = claim("reconciler-b", 0);
		progress(id, Map.of("invoiceId", UUID.randomUUID().toString(), "leaseOwner", "reconciler-b"));
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(fresh).as("a placement still running finishes itself").isEmpty();
		assertThat(claimed).containsExactly(id);
		assertThat(whileLeased).isEmpty();
		assertThat(backingOff).isEmpty();
		assertThat(again).containsExactly(id);
		assertThat(claim("reconciler-c", 0)).as("nothing is left to do").isEmpty();
		assertThat(this.http.get("/api/v1/orders/" + id).json().path("saga").path("attempts").asInt()).isEqualTo(2);
	}

	@Test
	void concurrentReconcilersNeverClaimTheSameOrder() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(createFor("saga-concurrent-" + i, CUSTOMER).json().path("id").asString());
		}
		this.clock.advance(Duration.ofMinutes(1));

		List<List<String>> claims = Race.race(4, () -> claim("reconciler-" + UUID.randomUUID(), 0, 8));

		List<String> all = claims.stream().flatMap(List::stream).toList();
		assertThat(all).doesNotHaveDuplicates();
		assertThat(all).hasSizeLessThanOrEqualTo(20).isSubsetOf(ids);
		assertThat(claims.stream().mapToInt(List::size).max().orElse(0)).isLessThanOrEqualTo(8);
	}

	@Test
	void cancellingBlocksShippingAndFinishingItWaitsForTheStockToGoBack() {
		String id = createFor("saga-cancel", CUSTOMER).json().path("id").asString();
		action(id, "confirm", "\"0\"");

		JsonNode cancelling = action(id, "cancel", "\"1\"").json();
		var ship = action(id, "ship", "\"2\"");
		JsonNode cancelled = this.http.post(saga(id) + "/cancellation/complete", null).json();
		JsonNode twice = this.http.post(saga(id) + "/cancellation/complete", null).json();
		JsonNode released = progress(id, Map.of("stockReleased", true)).json();

		assertThat(cancelling.path("status").asString()).isEqualTo("CANCELLING");
		assertThat(steps(cancelling)).containsExactly("VOID_INVOICE", "CANCEL_ORDER", "RELEASE_STOCK");
		assertThat(ship.status()).isEqualTo(409);
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(twice.path("version")).isEqualTo(cancelled.path("version"));
		assertThat(steps(cancelled)).containsExactly("RELEASE_STOCK");
		assertThat(steps(released)).isEmpty();
		assertThat(this.http.post(saga(id) + "/cancellation/revert", null).status()).isEqualTo(409);
	}

	@Test
	void anOrderWhoseInvoiceCannotBeVoidedGoesBackWhereItWasAndCanShip() {
		String id = createFor("saga-revert", CUSTOMER).json().path("id").asString();
		action(id, "confirm", "\"0\"");
		action(id, "cancel", "\"1\"");

		JsonNode back = this.http.post(saga(id) + "/cancellation/revert", null).json();
		var ship = action(id, "ship", "\"" + back.path("version").asLong() + "\"");

		assertThat(back.path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(back.path("cancellationReason").isNull()).isTrue();
		assertThat(ship.status()).isEqualTo(200);
	}

	@Test
	void anAbandonedPlacementCanNeverCreateAnOrderAndOneThatDidIsNeverAbandoned() {
		String id = createFor("saga-fence-kept", CUSTOMER).json().path("id").asString();

		JsonNode kept = this.http.post("/api/v1/saga/placements/saga-fence-kept/abandon", null).json();
		JsonNode abandoned = this.http.post("/api/v1/saga/placements/saga-fence-gone/abandon", null).json();
		var late = createFor("saga-fence-gone", CUSTOMER);

		assertThat(kept.path("abandoned").asBoolean()).isFalse();
		assertThat(kept.path("orderId").asString()).isEqualTo(id);
		assertThat(abandoned.path("abandoned").asBoolean()).isTrue();
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("placement-abandoned");
		assertThat(orderCount()).isOne();
	}

	@Test
	void unfinishedSagasAreListedForAnAdmin() {
		String pending = createFor("saga-list-1", CUSTOMER).json().path("id").asString();
		String done = createFor("saga-list-2", CUSTOMER).json().path("id").asString();
		progress(done, Map.of("stockConfirmed", true, "invoiceId", UUID.randomUUID().toString()));

		JsonNode page = this.http.get("/api/v1/saga/orders?size=10").json();

		assertThat(page.path("items").valueStream().map((o) -> o.path("id").asString())).containsExactly(pending);
		assertThat(page.path("total").asLong()).isOne();
	}

	private LoopbackHttp.Response createFor(String key, String customer) {
		return create(key, body(customer, line("SKU-0001", "1000", 2)));
	}

	private LoopbackHttp.Response progress(String id, Map<String, Object> progress) {
		var response = this.http.post(saga(id) + "/progress", LoopbackHttp.json(progress));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private List<String> claim(String owner, int graceSeconds) {
		return claim(owner, graceSeconds, 10);
	}

	private List<String> claim(String owner, int graceSeconds, int limit) {
		var response = this.http.post("/api/v1/saga/leases", LoopbackHttp
			.json(Map.of("owner", owner, "limit", limit, "leaseSeconds", 60, "graceSeconds", graceSeconds)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("orders").valueStream().map((o) -> o.path("id").asString()).toList();
	}

	private static String saga(String id) {
		return "/api/v1/saga/orders/" + id;
	}

	private static List<String> steps(JsonNode order) {
		return order.path("saga").path("pendingSteps").valueStream().map(JsonNode::asString).toList();
	}

}
