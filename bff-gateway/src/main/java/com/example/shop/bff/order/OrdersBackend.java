package com.example.shop.bff.order;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import reactor.core.publisher.Mono;

/**
 * What the BFF needs from the orders service, in the BFF's own records. Implemented in
 * {@code bff.backend} (budgeted, retried where safe, behind a circuit breaker, failures
 * classified as {@code BackendFailure}s); the BFF's services use it, views never do.
 */
public interface OrdersBackend {

	/** The backend's name in failures, parts and circuit breakers. */
	String NAME = "orders";

	Mono<Order> get(UUID id);

	Mono<OrderPage> list(OrderQuery query);

	Mono<OrderStats> stats(LocalDate from, LocalDate to);

	/** Creates an order; repeatable, because the placement id is the idempotency key. */
	Mono<Order> create(String placementId, NewOrder order);

	/**
	 * A lifecycle action based on the version the user saw; never retried, since after a
	 * lost answer a retry would be a 412 that hides the success.
	 * @param reason why, for {@link OrderAction#CANCEL} only (may be {@code null})
	 */
	Mono<Order> act(UUID id, OrderAction action, long version, String reason);

	/** Records saga steps done for an order; idempotent, so retried. */
	Mono<Order> recordSteps(UUID id, SagaStepsDone done);

	/**
	 * Claims up to {@code limit} orders with unfinished sagas for this reconciler, each
	 * for {@code lease}, leaving those whose progress is younger than {@code grace}.
	 */
	Mono<List<Order>> claimSagas(String owner, int limit, Duration lease, Duration grace);

	/** CANCELLING to CANCELLED once the invoice is void; idempotent. */
	Mono<Order> completeCancellation(UUID id);

	/** CANCELLING back to where it started (the invoice has payments); idempotent. */
	Mono<Order> revertCancellation(UUID id);

	/** Abandons a placement no order holds, or says which order holds it. */
	Mono<PlacementFence> abandonPlacement(String placementId);

	/** Orders whose saga is unfinished, oldest progress first. */
	Mono<OrderPage> unfinishedSagas(int page, int size);

	/** The order's audit trail, newest first, at most {@code size} entries. */
	Mono<AuditTrail> audit(UUID id, int size);

}
