package com.example.shop.bff.order;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.bff.support.TestData;
import com.example.shop.testsupport.net.LoopbackProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement and cancellation sagas against the real catalog, billing and orders,
 * steps failing for real.
 */
@SignedIn(roles = "SALES")
class PlaceOrderIT extends BffIntegrationTest {

	@Autowired
	OrdersBackend orders;

	@Test
	void placingReservesStockCreatesTheOrderConfirmsStockAndIssuesTheInvoice() {
		UUID customer = this.data.customer("1000000.00");
		String pen = this.data.product("1500.00", 50);
		String pad = this.data.product("2250.50", 10);

		Placement placement = place(customer, new PlaceOrder.Line(pen, 4), new PlaceOrder.Line(pad, 2));

		assertThat(placement).isInstanceOf(Placement.Placed.class);
		Placement.Placed placed = (Placement.Placed) placement;
		assertThat(placed.order().status()).isEqualTo(OrderStatus.PLACED);
		assertThat(placed.order().total().amount()).isEqualTo("10501.00");
		assertThat(placed.order().lines()).extracting((l) -> l.productName())
			.containsExactlyInAnyOrder("Test product " + pen, "Test product " + pad);
		assertThat(placed.invoice().orderId()).isEqualTo(placed.order().id());
		assertThat(placed.invoice().amount().amount()).isEqualTo("10501.00");
		assertThat(this.data.product(pen).getStockOnHand()).isEqualTo(46);
		assertThat(this.data.product(pen).getReserved()).isZero();
	}

	@Test
	void placingAgainWithTheSamePlacementIdNeverPlacesASecondOrder() {
		UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product("1000.00", 20);
		PlaceOrder command = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(sku, 3)));

		Placement first = this.placing.place(command).block();
		Placement again = this.placing.place(command).block();

		assertThat(again).isInstanceOf(Placement.Placed.class);
		assertThat(((Placement.Placed) again).order().id()).isEqualTo(((Placement.Placed) first).order().id());
		assertThat(((Placement.Placed) again).invoice().id()).isEqualTo(((Placement.Placed) first).invoice().id());
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(17);
	}

	@Test
	void notEnoughStockIsRejectedAndNothingIsHeld() {
		UUID customer = this.data.customer("1000000.00");
		String plenty = this.data.product("100.00", 50);
		String scarce = this.data.product("100.00", 2);

		Placement placement = place(customer, new PlaceOrder.Line(plenty, 5), new PlaceOrder.Line(scarce, 3));

		assertRejected(placement, Placement.Reason.OUT_OF_STOCK);
		assertThat(this.data.product(plenty).getReserved()).isZero();
		assertThat(this.data.product(plenty).getStockOnHand()).isEqualTo(50);
	}

	@Test
	void aDeclinedCreditCheckReleasesTheReservedStock() {
		UUID customer = this.data.customer("1000.00");
		String sku = this.data.product("600.00", 10);

		Placement placement = place(customer, new PlaceOrder.Line(sku, 2));

		assertRejected(placement, Placement.Reason.CREDIT_DECLINED);
		assertThat(this.data.product(sku).getReserved()).isZero();
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(10);
	}

	@Test
	void billingDownAtTheCreditCheckPlacesNothingAndARetryWithTheSameIdGoesOnFromThere() {
		PlaceOrder command = this.data.orderOfOne(2);
		String sku = command.lines().getFirst().sku();

		Placement whileDown = placeWhileDown(command, this.backends.billing);
		this.clock.advance(java.time.Duration.ofSeconds(11));
		Placement retried = this.placing.place(command).block();

		assertThat(whileDown).isInstanceOf(Placement.NotPlaced.class);
		assertThat(retried).isInstanceOf(Placement.Placed.class);
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(8);
		assertThat(this.data.product(sku).getReserved()).isZero();
	}

	@Test
	void ordersDownAtCreationIsNotPlacedAndARetryWithTheSameIdPlacesItOnce() {
		PlaceOrder command = this.data.orderOfOne(2);
		String sku = command.lines().getFirst().sku();

		Placement whileDown = placeWhileDown(command, this.backends.orders);
		Placement retried = this.placing.place(command).block();

		assertThat(whileDown).isInstanceOfSatisfying(Placement.NotPlaced.class, (notPlaced) -> {
			assertThat(notPlaced.placementId()).isEqualTo(command.placementId().toString());
			assertThat(notPlaced.cause()).isEqualTo(Placement.NotPlaced.Cause.NO_ANSWER);
			assertThat(notPlaced.backend()).isEqualTo("orders");
		});
		assertThat(retried).isInstanceOf(Placement.Placed.class);
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(8);
	}

	@Test
	void billingDownAfterTheOrderExistsLeavesTheInvoicePendingAndIssuingItLaterFinishes() {
		UUID orderId = this.data.unfinishedOrder();

		Placement finished = finishWhileDown(orderId, this.backends.billing);

		assertPendingOnly(finished, PendingStep.Step.ISSUE_INVOICE);
		assertThat(invoicesOf(orderId)).isZero();
		this.backends.billing.pass();
		assertThat(this.placing.issueInvoice(orderId).block().orderId()).isEqualTo(orderId);
		assertThat(invoicesOf(orderId)).isEqualTo(1);
	}

	@Test
	void catalogDownAfterTheOrderExistsLeavesStockConfirmationPendingAndTheInvoiceIsStillIssued() {
		UUID orderId = this.data.unfinishedOrder();

		Placement finished = finishWhileDown(orderId, this.backends.catalog);

		assertPendingOnly(finished, PendingStep.Step.CONFIRM_STOCK);
		assertThat(invoicesOf(orderId)).isEqualTo(1);
	}

	@Test
	void anUnknownCustomerIsRejectedAndTheStockReleased() {
		String sku = this.data.product("100.00", 10);

		Placement placement = place(UUID.randomUUID(), new PlaceOrder.Line(sku, 1));

		assertRejected(placement, Placement.Reason.UNKNOWN_CUSTOMER);
		assertThat(this.data.product(sku).getReserved()).isZero();
	}

	@Test
	void aSuspendedCustomerIsRejectedNamingTheCustomerAndItsStatusAsFacts() {
		UUID customer = this.data.customer("1000000.00");
		String name = this.data.suspendCustomer(customer);
		String sku = this.data.product("100.00", 10);

		Placement placement = place(customer, new PlaceOrder.Line(sku, 1));

		assertThat(placement).isInstanceOfSatisfying(Placement.Rejected.class, (rejected) -> {
			assertThat(rejected.reason()).isEqualTo(Placement.Reason.CUSTOMER_NOT_ACTIVE);
			assertThat(rejected.details()).containsEntry("customer", name).containsEntry("customerStatus", "SUSPENDED");
		});
		assertThat(this.data.product(sku).getReserved()).isZero();
	}

	@Test
	void theSameProductOnTwoLinesIsRejectedBeforeAnyBackendIsAsked() {
		String sku = this.data.product("100.00", 10);
		this.backends.catalog.refuse();

		Placement placement = place(UUID.randomUUID(), new PlaceOrder.Line(sku, 1), new PlaceOrder.Line(sku, 2));

		assertThat(placement).isInstanceOfSatisfying(Placement.Rejected.class,
				(rejected) -> assertThat(rejected.fieldErrors()).extracting((f) -> f.field())
					.containsExactly("lines[1].sku"));
	}

	@Test
	void cancellingVoidsTheInvoiceCancelsTheOrderAndReturnsTheStock() {
		Placement.Placed placed = placeOne(4);
		String sku = placed.order().lines().getFirst().sku();

		Cancellation cancellation = this.cancelling
			.cancel(placed.order().id(), placed.order().version(), "changed mind")
			.block();

		assertThat(cancellation).isInstanceOfSatisfying(Cancellation.Cancelled.class,
				(cancelled) -> assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED));
		assertThat(invoiceStatus(placed)).isEqualTo(InvoiceStatus.VOID.name());
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(10);
	}

	@Test
	void cancellingTwiceIsSafeAndReturnsTheStockOnce() {
		Placement.Placed placed = placeOne(2);
		String sku = placed.order().lines().getFirst().sku();

		Cancellation first = cancel(placed);
		Cancellation again = cancel(placed);

		assertThat(first).isInstanceOf(Cancellation.Cancelled.class);
		assertThat(again).isInstanceOf(Cancellation.Cancelled.class);
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(10);
	}

	@Test
	void anOrderWithPaymentsCannotBeCancelledAndGoesBackWhereItWasKeepingItsInvoice() {
		Placement.Placed placed = placeOne(4);
		this.data.pay(placed.invoice().id().toString(), "100.00");

		Cancellation cancellation = cancel(placed);

		assertThat(cancellation).isInstanceOfSatisfying(Cancellation.Refused.class, (refused) -> {
			assertThat(refused.reason()).isEqualTo(Cancellation.Refused.Reason.HAS_PAYMENTS);
			assertThat(refused.status()).as("it stays where it was").isEqualTo(OrderStatus.PLACED);
		});
		assertThat(this.data.order(placed.order().id()).path("status").asString()).isEqualTo("PLACED");
		assertThat(this.data.order(placed.order().id()).path("saga").path("pendingSteps")).isEmpty();
		assertThat(invoiceStatus(placed)).isEqualTo("OPEN");
		assertThat(this.data.product(placed.order().lines().getFirst().sku()).getStockOnHand()).isEqualTo(6);
	}

	@Test
	void aShippedOrderCanNoLongerBeCancelledBecauseOrdersNoLongerAllowsIt() {
		Placement.Placed placed = placeOne(1);
		Order confirmed = this.desk.act(placed.order().id(), OrderAction.CONFIRM, placed.order().version()).block();
		Order shipped = this.desk.act(confirmed.id(), OrderAction.SHIP, confirmed.version()).block();

		Cancellation cancellation = this.cancelling.cancel(shipped.id(), shipped.version(), null).block();

		assertThat(shipped.allowedActions()).containsExactly(OrderAction.DELIVER);
		assertThat(cancellation).isInstanceOfSatisfying(Cancellation.Refused.class, (refused) -> {
			assertThat(refused.kind().name()).isEqualTo("CONFLICT");
			assertThat(refused.reason()).isEqualTo(Cancellation.Refused.Reason.NOT_CANCELLABLE);
			assertThat(refused.status()).isEqualTo(OrderStatus.SHIPPED);
		});
		assertThat(invoiceStatus(placed)).isEqualTo("OPEN");
	}

	@Test
	void cancellingWithAStaleVersionIsRefusedBeforeAnythingChanges() {
		Placement.Placed placed = placeOne(1);

		Cancellation cancellation = this.cancelling.cancel(placed.order().id(), placed.order().version() + 7, null)
			.block();

		assertThat(cancellation).isInstanceOfSatisfying(Cancellation.Refused.class, (refused) -> {
			assertThat(refused.kind().name()).isEqualTo("STALE");
			assertThat(refused.reason()).isEqualTo(Cancellation.Refused.Reason.CHANGED);
		});
		assertThat(invoiceStatus(placed)).isEqualTo("OPEN");
	}

	@Test
	void catalogDownWhileCancellingLeavesTheStockReleasePendingAndCancellingAgainFinishes() {
		Placement.Placed placed = placeOne(3);
		String sku = placed.order().lines().getFirst().sku();

		Cancellation first = cancelWhileDown(placed, this.backends.catalog);
		Cancellation again = cancelAgainLater(placed);

		assertThat(first).isInstanceOfSatisfying(Cancellation.CancelledWithPendingSteps.class,
				(pending) -> assertThat(pending.pending()).extracting(PendingStep::step)
					.containsExactly(PendingStep.Step.RELEASE_STOCK));
		assertThat(again).isInstanceOf(Cancellation.Cancelled.class);
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(10);
	}

	@Test
	void ordersDownWhenCancellingIsNotCancelledNamingTheServiceAndNothingChanges() {
		Placement.Placed placed = placeOne(1);

		Cancellation cancellation = cancelWhileDown(placed, this.backends.orders);

		assertThat(cancellation).isInstanceOfSatisfying(Cancellation.NotCancelled.class, (notCancelled) -> {
			assertThat(notCancelled.reason()).isEqualTo(Cancellation.NotCancelled.Reason.NOTHING_CHANGED);
			assertThat(notCancelled.backend()).isEqualTo("orders");
		});
		assertThat(invoiceStatus(placed)).isEqualTo("OPEN");
	}

	@Test
	void billingDownWhenCancellingLeavesTheOrderCancellingAndCancellingAgainFinishesIt() {
		Placement.Placed placed = placeOne(1);

		Cancellation first = cancelWhileDown(placed, this.backends.billing);
		Cancellation again = cancelAgainLater(placed);

		assertThat(first).isInstanceOfSatisfying(Cancellation.CancelledWithPendingSteps.class, (pending) -> {
			assertThat(pending.order().status()).as("shipping is blocked").isEqualTo(OrderStatus.CANCELLING);
			assertThat(pending.pending()).extracting(PendingStep::step)
				.containsExactly(PendingStep.Step.VOID_INVOICE, PendingStep.Step.CANCEL_ORDER,
						PendingStep.Step.RELEASE_STOCK);
		});
		assertThat(again).isInstanceOf(Cancellation.Cancelled.class);
		assertThat(invoiceStatus(placed)).isEqualTo(InvoiceStatus.VOID.name());
		assertThat(this.data.product(placed.order().lines().getFirst().sku()).getStockOnHand()).isEqualTo(10);
	}

	@Test
	void cancellingADemoOrderAsTheSeedersWroteItFinishesEveryStep() {
		UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product("100.00", 10);
		TestData.DemoOrder demo = this.data.demoOrder(customer, sku, 3, "PLACED");

		Cancellation cancellation = this.cancelling.cancel(demo.id(), 0, "changed mind").block();

		assertThat(cancellation).isInstanceOfSatisfying(Cancellation.Cancelled.class,
				(cancelled) -> assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED));
		assertThat(this.data.order(demo.id()).path("saga").path("pendingSteps")).isEmpty();
		assertThat(this.data.invoicesOfOrder(demo.id()).path("items").get(0).path("status").asString())
			.isEqualTo(InvoiceStatus.VOID.name());
		assertThat(this.data.reservationStatus(demo.reservationId())).isEqualTo("RELEASED");
		assertThat(this.data.product(sku).getStockOnHand()).isEqualTo(13);
	}

	/** Places these lines for this customer under a new placement id. */
	private Placement place(UUID customer, PlaceOrder.Line... lines) {
		return this.placing.place(new PlaceOrder(UUID.randomUUID(), customer, List.of(lines))).block();
	}

	/**
	 * Cancels the order as placed, at the version it was placed with, giving no reason.
	 */
	private Cancellation cancel(Placement.Placed placed) {
		return this.cancelling.cancel(placed.order().id(), placed.order().version(), null).block();
	}

	private static void assertRejected(Placement placement, Placement.Reason reason) {
		assertThat(placement).isInstanceOfSatisfying(Placement.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).isEqualTo(reason));
	}

	/** Placed, with exactly this one step still to do. */
	private static void assertPendingOnly(Placement placement, PendingStep.Step step) {
		assertThat(placement).isInstanceOfSatisfying(Placement.PlacedWithPendingSteps.class,
				(pending) -> assertThat(pending.pending()).extracting(PendingStep::step).containsExactly(step));
	}

	/** How many invoices billing has for the order. */
	private long invoicesOf(UUID orderId) {
		return this.data.invoicesOfOrder(orderId).path("total").asLong();
	}

	private String invoiceStatus(Placement.Placed placed) {
		return this.data.invoicesOfOrder(placed.order().id()).path("items").get(0).path("status").asString();
	}

	/** Places with this backend refusing connections, then lets it answer again. */
	private Placement placeWhileDown(PlaceOrder command, LoopbackProxy down) {
		down.refuse();
		Placement placement = this.placing.place(command).block();
		down.pass();
		return placement;
	}

	/** Cancels with this backend refusing connections, then lets it answer again. */
	private Cancellation cancelWhileDown(Placement.Placed placed, LoopbackProxy down) {
		down.refuse();
		Cancellation cancellation = cancel(placed);
		down.pass();
		return cancellation;
	}

	/**
	 * The user tries again later: the circuit the failures opened lets a trial call
	 * through, which reconnects.
	 */
	private Cancellation cancelAgainLater(Placement.Placed placed) {
		this.clock.advance(java.time.Duration.ofSeconds(11));
		return cancel(placed);
	}

	/**
	 * Finishes an unfinished order's saga with this backend refusing connections: the
	 * BFF's own work, as the reconciler does it.
	 */
	private Placement finishWhileDown(UUID orderId, LoopbackProxy down) {
		var order = ServiceIdentity.runAsService(this.orders.get(orderId)).block();
		down.refuse();
		return ServiceIdentity.runAsService(this.placing.finish(order)).block();
	}

}
