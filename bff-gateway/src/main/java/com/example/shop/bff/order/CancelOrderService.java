package com.example.shop.bff.order;

import java.util.UUID;

import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.Roles;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Cancels an order across the backends ({@link CancellationSaga}): orders first moves it
 * to CANCELLING with the version the user saw, which blocks shipping; then billing voids
 * the invoice (refused once it has payments: the order goes back and keeps its invoice),
 * orders marks it CANCELLED, and catalog releases the stock. A step that does not happen
 * stays pending on the order; cancelling again or the reconciler finishes it.
 */
@Service
public class CancelOrderService {

	private final OrdersBackend orders;

	private final CancellationSaga saga;

	private final InFlightSagas inFlight;

	CancelOrderService(OrdersBackend orders, CancellationSaga saga, InFlightSagas inFlight) {
		this.orders = orders;
		this.saga = saga;
		this.inFlight = inFlight;
	}

	/**
	 * Cancels, or finishes cancelling, an order.
	 * @param orderId the order
	 * @param version the order version the user saw
	 * @param reason why, shown on the order
	 * @return how it ended
	 */
	@PreAuthorize(Roles.SALES_OR_ADMIN)
	public Mono<Cancellation> cancel(UUID orderId, long version, String reason) {
		return this.inFlight
			.track(this.orders.get(orderId).flatMap((order) -> this.saga.cancel(order, version, reason)))
			.onErrorResume(BackendUnavailable.class,
					(ex) -> Mono.just(new Cancellation.NotCancelled(ex.getMessage() + "; nothing was changed",
							Cancellation.NotCancelled.Reason.NOTHING_CHANGED, ex.backend())));
	}

}
