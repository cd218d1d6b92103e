package com.example.shop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it. Its {@code version} is also its {@code ETag}.
 *
 * @param id the order id
 * @param number the human-readable number, {@code ORD-000123}
 * @param placementId the placement id (the creating request's idempotency key)
 * @param customerId the billing customer's id
 * @param customerName the customer's name when ordered
 * @param status the lifecycle status
 * @param allowedActions the lifecycle actions this order allows now, in lifecycle order
 * (for example {@code [CONFIRM, CANCEL]} while placed; empty once delivered or cancelled)
 * @param lines the lines, in order
 * @param total the sum of the line totals
 * @param cancellationReason why it was cancelled, or {@code null}
 * @param placedAt when it was placed
 * @param updatedAt when it last changed
 * @param version the optimistic concurrency version
 * @param saga how far the placement or cancellation saga got: its steps are recorded here
 * as they are done, and {@code saga.pendingSteps} lists what is left; saga progress is
 * not part of the version (recording a step never makes a user's {@code If-Match} stale)
 */
public record Order(UUID id, String number, String placementId, UUID customerId, String customerName,
		OrderStatus status, List<OrderAction> allowedActions, List<OrderLine> lines, Money total,
		String cancellationReason, Instant placedAt, Instant updatedAt, long version, SagaState saga) {
}
