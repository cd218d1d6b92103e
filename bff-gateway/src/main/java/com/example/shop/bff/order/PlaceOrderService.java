package com.example.shop.bff.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.InvalidField;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.Invoice;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Places an order across the three backends as a saga whose every step is idempotent by
 * the placement id ({@link PlacementSaga}): reserve stock -> check credit -> commit the
 * reservation -> create the order -> confirm the stock -> issue the invoice, each step
 * recorded on the order.
 * <p>
 * Placing again with the same placement id answers the first placement (and finishes
 * whatever it left); with another customer or other products it is refused before
 * anything is touched. Once the order exists nothing is undone: a step that did not
 * happen stays pending on the order, and the reconciler finishes it. A placement started
 * from the UI runs outside any HTTP request, so it is counted for a graceful shutdown.
 */
@Service
public class PlaceOrderService {

	private final PlacementSaga saga;

	private final OrdersBackend orders;

	private final BillingBackend billing;

	private final InFlightSagas inFlight;

	PlaceOrderService(PlacementSaga saga, OrdersBackend orders, BillingBackend billing, InFlightSagas inFlight) {
		this.saga = saga;
		this.orders = orders;
		this.billing = billing;
		this.inFlight = inFlight;
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
		return this.inFlight.track(this.saga.place(command, quantities));
	}

	/**
	 * The steps after the order exists, as a retry runs them: each failure stays pending
	 * on the order, never an undo.
	 */
	Mono<Placement> finish(Order order) {
		return this.inFlight.track(this.saga.finish(order, null, true).map(PlacementSaga.Finished::placement));
	}

	/**
	 * Issues an order's invoice: the last step of placing it, also offered on its own to
	 * finish a placement at once rather than wait for the reconciler.
	 * @param orderId the order
	 * @return the invoice (the existing one if it was issued already)
	 */
	@PreAuthorize(Roles.SALES_OR_ADMIN)
	public Mono<Invoice> issueInvoice(UUID orderId) {
		return this.orders.get(orderId)
			.flatMap((order) -> this.billing.issue(order.id(), order.customerId(), order.total())
				.flatMap((invoice) -> this.orders.recordSteps(order.id(), SagaStepsDone.none().invoice(invoice.id()))
					.thenReturn(invoice)
					.onErrorResume(com.example.shop.bff.BackendFailure.class, (ex) -> Mono.just(invoice))));
	}

}
