package com.example.shop.bff.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.InvalidField;
import com.example.shop.bff.Roles;
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

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Places an order across the three backends, as a saga whose every step is idempotent by
 * the placement id: reserve stock (catalog, which also returns the name and price
 * snapshot) -> credit check (billing) -> create the order (orders) -> confirm the
 * reservation (catalog) -> issue the invoice (billing, keyed by order id).
 * <p>
 * Before the order exists, a refusal releases the reservation. Once it exists, nothing is
 * undone: a step that did not happen is reported as pending with a way to finish it.
 * Running the saga again with the same placement id finishes whatever is left and never
 * places a second order.
 */
@Service
public class PlaceOrderService {

	private static final Logger log = LoggerFactory.getLogger(PlaceOrderService.class);

	private final CatalogBackend catalog;

	private final BillingBackend billing;

	private final OrdersBackend orders;

	private final BusinessSettings settings;

	PlaceOrderService(CatalogBackend catalog, BillingBackend billing, OrdersBackend orders, BusinessSettings settings) {
		this.catalog = catalog;
		this.billing = billing;
		this.orders = orders;
		this.settings = settings;
	}

	/**
	 * Places (or finishes placing) an order.
	 * @param command the validated form
	 * @return how it ended; never an error for a backend failure
	 */
	@PreAuthorize(Roles.SALES_OR_ADMIN)
	public Mono<Placement> place(PlaceOrder command) {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		List<InvalidField> duplicates = new ArrayList<>();
		for (int i = 0; i < command.lines().size(); i++) {
			PlaceOrder.Line line = command.lines().get(i);
			if (quantities.putIfAbsent(line.sku(), line.quantity()) != null) {
				duplicates.add(new InvalidField("lines[%d].sku".formatted(i), "is already on an earlier line"));
			}
		}
		if (!duplicates.isEmpty()) {
			return Mono.just(new Placement.Rejected(Placement.Reason.INVALID, "The same product is on two lines",
					duplicates, Map.of()));
		}
		String placementId = command.placementId().toString();
		return this.catalog.reserve(placementId, quantities)
			.flatMap((reservation) -> afterReservation(command, reservation))
			.onErrorResume(BackendFailure.class, (ex) -> reservationFailed(placementId, ex));
	}

	private Mono<Placement> afterReservation(PlaceOrder command, StockReservation reservation) {
		String placementId = reservation.reservationId();
		if (reservation.status().equals("CONFIRMED")) {
			// A retry after the order was created: the credit was checked then; finish
			// the remaining steps.
			return this.billing.customer(command.customerId())
				.flatMap((customer) -> createOrder(customer, reservation))
				.onErrorResume(BackendFailure.class, (ex) -> Mono.just(notPlaced(placementId, ex)));
		}
		BigDecimal total = reservation.lines()
			.stream()
			.map((l) -> l.unitPrice().value().multiply(BigDecimal.valueOf(l.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String currency = this.settings.currency().getCurrencyCode();
		return Mono
			.zip(this.billing.customer(command.customerId()),
					this.billing.creditCheck(command.customerId(), total.setScale(2), currency))
			.flatMap((checked) -> {
				Customer customer = checked.getT1();
				if (customer.status() != CustomerStatus.ACTIVE) {
					return releaseThen(placementId,
							new Placement.Rejected(Placement.Reason.CUSTOMER_NOT_ACTIVE,
									"%s is %s and cannot order".formatted(customer.name(), customer.status()),
									List.of(), Map.of()));
				}
				if (!checked.getT2().approved()) {
					return releaseThen(placementId, new Placement.Rejected(Placement.Reason.CREDIT_DECLINED,
							"The order total %s %s exceeds %s's available credit of %s %s".formatted(total.setScale(2),
									currency, customer.name(), checked.getT2().availableCredit().amount(), currency),
							List.of(), Map.of("availableCredit", checked.getT2().availableCredit().amount())));
				}
				return createOrder(customer, reservation);
			})
			.onErrorResume(BackendNotFound.class,
					(ex) -> releaseThen(placementId,
							new Placement.Rejected(Placement.Reason.UNKNOWN_CUSTOMER,
									"There is no customer " + command.customerId(), List.of(), Map.of())))
			.onErrorResume(BackendFailure.class,
					// Billing could not answer: nothing was created, so the held stock
					// goes back.
					(ex) -> releaseThen(placementId, notPlaced(placementId, ex)));
	}

	private Mono<Placement> createOrder(Customer customer, StockReservation reservation) {
		String placementId = reservation.reservationId();
		List<NewOrder.Line> lines = reservation.lines().stream().map(PlaceOrderService::line).toList();
		return this.orders.create(placementId, new NewOrder(customer.id(), customer.name(), lines))
			.flatMap(this::finish)
			.onErrorResume(BackendRefusal.class,
					(ex) -> releaseThen(placementId,
							new Placement.Rejected(Placement.Reason.INVALID, ex.getMessage(), ex.invalidFields(),
									ex.properties())))
			// Orders did not answer: the order may exist. The reservation stays (it
			// expires by itself if not),
			// and a retry with the same placement id finds the order instead of creating
			// a second one.
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(notPlaced(placementId, ex)));
	}

	/**
	 * The steps after the order exists: each failure becomes a pending step, never an
	 * undo.
	 */
	Mono<Placement> finish(Order order) {
		Mono<List<PendingStep>> confirm = this.catalog.confirm(order.placementId())
			.thenReturn(List.<PendingStep>of())
			.onErrorResume(BackendFailure.class,
					(ex) -> Mono.just(List.of(new PendingStep(PendingStep.Step.CONFIRM_STOCK,
							"Stock is held but not confirmed: " + ex.getMessage()))));
		return confirm.flatMap((pending) -> issueInvoice(order)
			.map((invoice) -> pending.isEmpty() ? (Placement) new Placement.Placed(order, invoice)
					: new Placement.PlacedWithPendingSteps(order, pending))
			.onErrorResume(BackendFailure.class, (ex) -> {
				List<PendingStep> all = new ArrayList<>(pending);
				all.add(new PendingStep(PendingStep.Step.ISSUE_INVOICE,
						"The invoice was not issued: " + ex.getMessage()));
				return Mono.just(new Placement.PlacedWithPendingSteps(order, all));
			}));
	}

	/**
	 * Issues an order's invoice: the last step of placing it, also offered on its own to
	 * finish a placement (so it is for whoever may place orders).
	 * @param orderId the order
	 * @return the invoice (the existing one if it was issued already)
	 */
	@PreAuthorize(Roles.SALES_OR_ADMIN)
	public Mono<Invoice> issueInvoice(UUID orderId) {
		return this.orders.get(orderId).flatMap(this::issueInvoice);
	}

	private Mono<Invoice> issueInvoice(Order order) {
		return this.billing.issue(order.id(), order.customerId(), order.total());
	}

	private Mono<Placement> reservationFailed(String placementId, BackendFailure ex) {
		return switch (ex) {
			case BackendRefusal rejected when rejected.is(ProblemType.RESERVATION_RELEASED) ->
				Mono.just(new Placement.Rejected(Placement.Reason.EXPIRED,
						"This order form was open too long and its stock was released; start a new order", List.of(),
						rejected.properties()));
			case BackendRefusal rejected when rejected.type().equals("FAILED_PRECONDITION") ->
				Mono.just(new Placement.Rejected(Placement.Reason.OUT_OF_STOCK, rejected.getMessage(), List.of(),
						rejected.properties()));
			case BackendRefusal rejected -> Mono.just(new Placement.Rejected(Placement.Reason.INVALID,
					rejected.getMessage(), rejected.invalidFields(), rejected.properties()));
			case BackendNotFound notFound -> Mono.just(new Placement.Rejected(Placement.Reason.UNKNOWN_PRODUCT,
					notFound.getMessage(), List.of(), Map.of()));
			// The reservation may or may not exist: release it (idempotent) so no stock
			// stays held by a failure.
			case BackendUnavailable unavailable -> releaseThen(placementId, notPlaced(placementId, unavailable));
		};
	}

	private Mono<Placement> releaseThen(String placementId, Placement outcome) {
		return this.catalog.release(placementId).thenReturn(outcome).onErrorResume(BackendFailure.class, (ex) -> {
			// Not fatal: catalog releases unconfirmed reservations itself after its
			// timeout.
			log.info("Could not release reservation {} now ({}); it expires by itself", placementId, ex.getMessage());
			return Mono.just(outcome);
		});
	}

	private static Placement notPlaced(String placementId, BackendFailure ex) {
		return new Placement.NotPlaced(placementId,
				ex.getMessage() + ". Submitting again is safe: the order is never placed twice.");
	}

	private static NewOrder.Line line(StockReservation.Line line) {
		return new NewOrder.Line(line.sku(), line.name(), line.unitPrice(), line.quantity());
	}

}
