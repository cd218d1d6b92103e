package com.example.shop.bff.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.catalog.StockReservation;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.BusinessSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The placement saga's steps: reserve stock (catalog, with the placement's fingerprint)
 * -> check credit (billing) -> commit the reservation (it no longer expires) -> create
 * the order (orders, which records the saga's progress from then on) -> confirm the
 * reservation -> issue the invoice -> record the steps done on the order.
 * <p>
 * Every step is idempotent by the placement id (or the order id), so the same steps serve
 * a first placement, a replay, and the reconciler. What may be undone is undone only
 * while no order can exist: a HELD reservation is released with {@code onlyUncommitted},
 * so a concurrent submit that already committed keeps it. Once the reservation is
 * committed nothing is released here; a committed reservation whose order never came is
 * settled by the reconciler through the abandon fence (orders decides "created" or
 * "abandoned" once).
 */
@Component
record PlacementSaga(CatalogBackend catalog, BillingBackend billing, OrdersBackend orders, BusinessSettings settings,
		SagaGate gate) {

	private static final Logger log = LoggerFactory.getLogger(PlacementSaga.class);

	Mono<Placement> place(PlaceOrder command, Map<String, Integer> quantities) {
		String key = command.placementId().toString();
		String fingerprint = fingerprint(command.customerId(), quantities);
		return this.gate.step(SagaGate.Step.RESERVE, key, this.catalog.reserve(key, quantities, fingerprint))
			.onErrorResume(BackendFailure.class, (ex) -> Mono.error(new StepFailed(ex)))
			.flatMap((reservation) -> switch (reservation.status()) {
				// Committed by an earlier submit of this placement: its credit was
				// checked
				// then, and the order may exist.
				case "COMMITTING", "CONFIRMED" -> create(command, reservation, null);
				default -> checkCredit(command, reservation);
			})
			.onErrorResume(StepFailed.class, (failed) -> Mono.just(reservationFailed(key, failed.failure())));
	}

	private Mono<Placement> checkCredit(PlaceOrder command, StockReservation reservation) {
		String key = reservation.reservationId();
		BigDecimal total = reservation.lines()
			.stream()
			.map((l) -> l.unitPrice().value().multiply(BigDecimal.valueOf(l.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String currency = this.settings.currency().getCurrencyCode();
		return this.gate
			.step(SagaGate.Step.CHECK_CREDIT, key,
					Mono.zip(this.billing.customer(command.customerId()),
							this.billing.creditCheck(command.customerId(), total.setScale(2), currency)))
			.flatMap((checked) -> {
				Customer customer = checked.getT1();
				if (customer.status() != CustomerStatus.ACTIVE) {
					return releaseUncommitted(key,
							rejected(Placement.Reason.CUSTOMER_NOT_ACTIVE,
									"%s is %s and cannot order".formatted(customer.name(), customer.status()),
									Map.of("customer", customer.name(), "customerStatus", customer.status().name())));
				}
				if (!checked.getT2().approved()) {
					return releaseUncommitted(key, rejected(Placement.Reason.CREDIT_DECLINED,
							"The order total %s %s exceeds %s's available credit of %s %s".formatted(total.setScale(2),
									currency, customer.name(), checked.getT2().availableCredit().amount(), currency),
							Map.of("availableCredit", checked.getT2().availableCredit().amount())));
				}
				return commit(command, reservation, customer);
			})
			.onErrorResume(BackendNotFound.class,
					(ex) -> releaseUncommitted(key,
							rejected(Placement.Reason.UNKNOWN_CUSTOMER, "There is no customer " + command.customerId(),
									Map.of())))
			// Billing could not answer: the stock stays held, so submitting again goes on
			// from here; if nobody does, the reservation expires by itself.
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(notPlaced(key, ex)));
	}

	private Mono<Placement> commit(PlaceOrder command, StockReservation reservation, Customer customer) {
		String key = reservation.reservationId();
		return this.gate.step(SagaGate.Step.COMMIT, key, this.catalog.commit(key))
			.flatMap((committed) -> create(command, committed, customer))
			.onErrorResume(BackendRefusal.class,
					(ex) -> Mono.just(ex.is(ProblemType.RESERVATION_RELEASED) ? expired(ex) : notPlaced(key, ex)))
			// The reservation stays HELD (it expires by itself), or the commit happened
			// and
			// its answer was lost: a retry with the same id goes on from there, and the
			// reconciler settles a committed reservation nobody comes back for.
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(notPlaced(key, ex)));
	}

	private Mono<Placement> create(PlaceOrder command, StockReservation reservation, Customer known) {
		String key = reservation.reservationId();
		Mono<Customer> customer = (known != null) ? Mono.just(known) : this.billing.customer(command.customerId());
		return customer.flatMap((c) -> {
			List<NewOrder.Line> lines = reservation.lines().stream().map(PlacementSaga::line).toList();
			return this.gate.step(SagaGate.Step.CREATE_ORDER, key,
					this.orders.create(key, new NewOrder(c.id(), c.name(), lines)));
		})
			.flatMap((order) -> finish(order, null, true).map(Finished::placement))
			.onErrorResume(BackendRefusal.class, (ex) -> createRefused(key, ex))
			// Orders did not answer: the order may exist. Nothing is undone; a retry with
			// the
			// same placement id finds it.
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(notPlaced(key, ex)));
	}

	private Mono<Placement> createRefused(String key, BackendRefusal ex) {
		if (ex.is(ProblemType.IDEMPOTENCY_KEY_REUSED)) {
			// Another customer or other lines than the order this placement created: that
			// order keeps everything; this request is refused.
			return Mono.just(reused(ex.getMessage(), ex.properties()));
		}
		if (ex.is(ProblemType.PLACEMENT_ABANDONED)) {
			return Mono.just(expired(ex));
		}
		// The order cannot be created as asked: abandon the placement so no order ever
		// is,
		// then the committed stock may go back.
		Placement refused = rejected(Placement.Reason.INVALID, ex.getMessage(), ex.properties(), ex);
		return settleOrphan(key)
			.flatMap((fence) -> fence.abandoned() ? Mono.just(refused)
					: this.orders.get(fence.orderId())
						.flatMap((order) -> finish(order, null, true).map(Finished::placement)))
			.onErrorResume(BackendFailure.class, (again) -> Mono.just(refused));
	}

	/**
	 * The steps after the order exists: confirm the stock (or reserve it again if its
	 * reservation is gone), issue the invoice, record what was done on the order. A step
	 * that does not happen stays pending on the order, never undone.
	 * @param order the order as orders last answered
	 * @param leaseOwner the reconciler holding the order's lease, or null
	 * @param answer whether the caller needs the invoice for its answer (a placement), so
	 * an invoice issued before is fetched too
	 */
	Mono<Finished> finish(Order order, String leaseOwner, boolean answer) {
		if (order.cancelled()) {
			return Mono.just(new Finished(order, null, SagaPending.of(order)));
		}
		SagaState saga = order.saga();
		boolean stockPending = saga == null || saga.stock() == SagaState.Stock.PENDING;
		boolean invoicePending = saga == null || saga.invoice() == SagaState.Invoice.PENDING;
		Mono<StepOutcome> stock = stockPending ? confirmStock(order) : Mono.just(StepOutcome.DONE_BEFORE);
		return stock.flatMap((stocked) -> {
			Mono<InvoiceOutcome> invoice = (invoicePending || answer) ? issueInvoice(order)
					: Mono.just(new InvoiceOutcome(null, StepOutcome.DONE_BEFORE));
			return invoice.flatMap((invoiced) -> record(order, leaseOwner, stocked, invoiced));
		});
	}

	private Mono<StepOutcome> confirmStock(Order order) {
		String reservation = (order.saga() != null) ? order.saga().reservationId() : order.placementId();
		return this.gate.step(SagaGate.Step.CONFIRM_STOCK, order.placementId(), this.catalog.confirm(reservation))
			.thenReturn(StepOutcome.didIt())
			.onErrorResume(BackendRefusal.class,
					(ex) -> ex.is(ProblemType.RESERVATION_RELEASED) ? reserveAgain(order, reservation)
							: Mono.just(StepOutcome.failed("the catalog refused to confirm it: " + ex.getMessage())))
			// No reservation at all (an order created outside the saga): reserve its
			// stock.
			.onErrorResume(BackendNotFound.class, (ex) -> reserveAgain(order, reservation))
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(StepOutcome.failed(ex.getMessage())));
	}

	/**
	 * Repairs an order whose reservation is gone (released before this saga could commit
	 * it, or never made): reserves its lines again under a new id derived from the old
	 * one, recorded on the order first (so the reconciler never takes that reservation
	 * for an orphan), then commits and confirms it. If the stock is gone, a person
	 * decides.
	 */
	private Mono<StepOutcome> reserveAgain(Order order, String lost) {
		String again = UUID.nameUUIDFromBytes((lost + ":again").getBytes(StandardCharsets.UTF_8)).toString();
		Map<String, Integer> quantities = new LinkedHashMap<>();
		order.lines().forEach((line) -> quantities.put(line.sku(), line.quantity()));
		return this.orders.recordSteps(order.id(), SagaStepsDone.none().reservation(again))
			.then(this.catalog.reserve(again, quantities, fingerprint(order.customerId(), quantities)))
			.then(this.catalog.commit(again))
			.then(this.catalog.confirm(again))
			.thenReturn(new StepOutcome(true, null, null, again))
			.onErrorResume(BackendRefusal.class,
					(ex) -> Mono.just(StepOutcome.attention("Its stock reservation was released and the stock could "
							+ "not be reserved again (" + ex.getMessage() + "): restock or cancel the order")))
			.onErrorResume(BackendNotFound.class,
					(ex) -> Mono.just(StepOutcome.attention("Its stock reservation was released and a product is "
							+ "gone (" + ex.getMessage() + "): cancel the order or change the catalog")))
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(StepOutcome.failed(ex.getMessage())));
	}

	private Mono<InvoiceOutcome> issueInvoice(Order order) {
		return this.gate
			.step(SagaGate.Step.ISSUE_INVOICE, order.placementId(),
					this.billing.issue(order.id(), order.customerId(), order.total()))
			.map((invoice) -> new InvoiceOutcome(invoice, StepOutcome.didIt()))
			.onErrorResume(BackendRefusal.class,
					(ex) -> Mono.just(new InvoiceOutcome(null,
							ex.is(ProblemType.ORDER_INVOICE_VOIDED) ? StepOutcome.DONE_BEFORE
									: StepOutcome.attention("Billing refused its invoice: " + ex.getMessage()))))
			.onErrorResume(BackendFailure.class,
					(ex) -> Mono.just(new InvoiceOutcome(null, StepOutcome.failed(ex.getMessage()))));
	}

	private Mono<Finished> record(Order order, String leaseOwner, StepOutcome stock, InvoiceOutcome invoice) {
		SagaStepsDone done = SagaStepsDone.none();
		if (stock.did()) {
			done = done.confirmed();
		}
		if (stock.reservation() != null) {
			done = done.reservation(stock.reservation());
		}
		if (invoice.invoice() != null
				&& (order.saga() == null || order.saga().invoice() == SagaState.Invoice.PENDING)) {
			done = done.invoice(invoice.invoice().id());
		}
		String attention = (stock.attention() != null) ? stock.attention() : invoice.outcome().attention();
		if (attention != null) {
			done = done.attention(attention);
		}
		else if (order.saga() != null && order.saga().attention() != null && stock.ok() && invoice.outcome().ok()) {
			// What a person was asked to look at has resolved itself.
			done = done.attention("");
		}
		boolean left = !stock.ok() || !invoice.outcome().ok();
		if (leaseOwner != null) {
			done = done.lease(leaseOwner, left ? backoff(order) : null);
		}
		if (!done.any()) {
			return Mono.just(new Finished(order, invoice.invoice(), SagaPending.of(order)));
		}
		SagaStepsDone recorded = done;
		return this.gate
			.step(SagaGate.Step.RECORD_PROGRESS, order.placementId(), this.orders.recordSteps(order.id(), recorded))
			.map((updated) -> new Finished(updated, invoice.invoice(), SagaPending.of(updated)))
			.onErrorResume(BackendFailure.class, (ex) -> {
				// The steps happened; orders still lists them as pending, and the
				// reconciler
				// repeats them (idempotently) and records them.
				log.info("Could not record saga progress of order {} now ({})", order.number(), ex.getMessage());
				return Mono.just(new Finished(order, invoice.invoice(),
						SagaPending.notRecorded(order, stock.problem(), invoice.outcome().problem())));
			});
	}

	/**
	 * Settles a committed reservation whose order may never have been created: orders
	 * abandons the placement unless an order holds it (one decision, fenced against a
	 * late creation), and only then does the stock go back.
	 */
	Mono<PlacementFence> settleOrphan(String reservationId) {
		log.info("Abandoning placement {} unless an order holds it", reservationId);
		return this.orders.abandonPlacement(reservationId)
			.flatMap((fence) -> fence.abandoned() ? this.catalog.release(reservationId)
				.thenReturn(fence)
				.onErrorResume(BackendNotFound.class, (gone) -> Mono.just(fence)) : Mono.just(fence));
	}

	private Duration backoff(Order order) {
		int attempts = (order.saga() != null) ? order.saga().attempts() : 1;
		return Duration.ofSeconds(Math.min(300, 5L << Math.min(6, Math.max(0, attempts - 1))));
	}

	private Mono<Placement> releaseUncommitted(String key, Placement outcome) {
		log.info("Placement {} refused before its order ({}); releasing its uncommitted stock", key, outcome);
		return this.catalog.release(key, true).thenReturn(outcome).onErrorResume(BackendFailure.class, (ex) -> {
			if (ex instanceof BackendRefusal refusal && refusal.is(ProblemType.RESERVATION_COMMITTED)) {
				// Another submit of this placement got further and committed it: that one
				// answers; this one must not undo anything.
				return Mono.just(new Placement.NotPlaced(key,
						"Another submit of this placement is placing it; submit again to see how it ended",
						Placement.NotPlaced.Cause.IN_PROGRESS, refusal.backend()));
			}
			// Not fatal: an uncommitted reservation expires by itself.
			log.info("Could not release reservation {} now ({}); it expires by itself", key, ex.getMessage());
			return Mono.just(outcome);
		});
	}

	private static Placement reservationFailed(String key, BackendFailure ex) {
		return switch (ex) {
			case BackendRefusal rejected when rejected.is(ProblemType.RESERVATION_RELEASED) -> expired(rejected);
			case BackendRefusal rejected when rejected.is(ProblemType.RESERVATION_ID_REUSED) ->
				reused(rejected.getMessage(), rejected.properties());
			case BackendRefusal rejected when rejected.type().equals("FAILED_PRECONDITION") ->
				rejected(Placement.Reason.OUT_OF_STOCK, rejected.getMessage(), rejected.properties(), rejected);
			case BackendRefusal rejected ->
				rejected(Placement.Reason.INVALID, rejected.getMessage(), rejected.properties(), rejected);
			case BackendNotFound notFound ->
				rejected(Placement.Reason.UNKNOWN_PRODUCT, notFound.getMessage(), Map.of());
			// Catalog did not answer, or the same placement is being reserved by another
			// submit right now: the reservation may exist; nothing is released, a retry
			// with
			// the same id goes on, and an abandoned one expires by itself.
			case BackendUnavailable unavailable -> notPlaced(key, unavailable);
		};
	}

	/**
	 * A placement's fingerprint: the customer and the units of each SKU. The catalog
	 * keeps it with the reservation, so a replay with the same placement id for another
	 * customer is refused before anything is touched.
	 */
	static String fingerprint(UUID customerId, Map<String, Integer> quantities) {
		StringBuilder text = new StringBuilder(String.valueOf(customerId));
		new TreeMap<>(quantities).forEach((sku, quantity) -> text.append('|').append(sku).append(':').append(quantity));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static Placement rejected(Placement.Reason reason, String message, Map<String, Object> details) {
		return new Placement.Rejected(reason, message, List.of(), details);
	}

	private static Placement rejected(Placement.Reason reason, String message, Map<String, Object> details,
			BackendRefusal refusal) {
		return new Placement.Rejected(reason, message, refusal.invalidFields(), details,
				refusal.problem().orElse(null));
	}

	private static Placement expired(BackendRefusal ex) {
		return new Placement.Rejected(Placement.Reason.EXPIRED,
				"This order form was open too long and its stock was released; start a new order", List.of(),
				ex.properties(), ex.problem().orElse(null));
	}

	private static Placement reused(String message, Map<String, Object> details) {
		return new Placement.Rejected(Placement.Reason.REUSED,
				"This placement was already used for another customer or other products (" + message
						+ "); nothing was changed. Start a new order, or reload the orders to see the first one",
				List.of(), details);
	}

	private static Placement notPlaced(String placementId, BackendFailure ex) {
		boolean inFlight = ex instanceof BackendUnavailable unavailable
				&& unavailable.why() == BackendUnavailable.Why.IN_FLIGHT;
		String advice = inFlight ? ". This placement is still being processed; submitting again is safe"
				: ". Submitting again is safe: the order is never placed twice.";
		Placement.NotPlaced.Cause cause = inFlight ? Placement.NotPlaced.Cause.IN_PROGRESS
				: (ex instanceof BackendRefusal) ? Placement.NotPlaced.Cause.REFUSED
						: Placement.NotPlaced.Cause.NO_ANSWER;
		return new Placement.NotPlaced(placementId, ex.getMessage() + advice, cause, ex.backend());
	}

	private static NewOrder.Line line(StockReservation.Line line) {
		return new NewOrder.Line(line.sku(), line.name(), line.unitPrice(), line.quantity());
	}

	/**
	 * How finishing an order's placement ended.
	 *
	 * @param order the order as orders last answered
	 * @param invoice its invoice, when this run issued or found it
	 * @param pending what is left, with who finishes it
	 */
	record Finished(Order order, Invoice invoice, List<PendingStep> pending) {

		Placement placement() {
			return (this.pending.isEmpty() && this.invoice != null) ? new Placement.Placed(this.order, this.invoice)
					: new Placement.PlacedWithPendingSteps(this.order, this.pending);
		}

	}

	/**
	 * One step's outcome.
	 *
	 * @param did whether this run did it
	 * @param problem why it did not happen, or null
	 * @param attention why a person must look at it, or null
	 * @param reservation the reservation the order holds from now on, or null
	 */
	record StepOutcome(boolean did, String problem, String attention, String reservation) {

		static final StepOutcome DONE_BEFORE = new StepOutcome(false, null, null, null);

		static StepOutcome didIt() {
			return new StepOutcome(true, null, null, null);
		}

		static StepOutcome failed(String problem) {
			return new StepOutcome(false, problem, null, null);
		}

		static StepOutcome attention(String why) {
			return new StepOutcome(false, why, why, null);
		}

		boolean ok() {
			return this.problem == null;
		}

	}

	/**
	 * The invoice step's outcome.
	 *
	 * @param invoice the invoice, when issued or found
	 * @param outcome the step's outcome
	 */
	record InvoiceOutcome(Invoice invoice, StepOutcome outcome) {
	}

	/** A reservation failure carried past the steps that follow it. */
	private static final class StepFailed extends RuntimeException {

		private final BackendFailure failure;

		StepFailed(BackendFailure failure) {
			super(failure.getMessage(), failure, false, false);
			this.failure = failure;
		}

		BackendFailure failure() {
			return this.failure;
		}

	}

}
