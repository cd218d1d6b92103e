package com.example.shop.bff.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * An order as the BFF shows it. Which lifecycle actions it allows is the orders service's
 * rule: the BFF passes {@code allowedActions} on and views offer exactly those.
 *
 * @param id the order id
 * @param number the number people read, {@code ORD-000123}
 * @param placementId the placement that created it (the reservation id and idempotency
 * key of the saga)
 * @param customerId the billing customer
 * @param customerName the customer's name as it was when ordered
 * @param status where it is in its lifecycle
 * @param allowedActions what orders allows now, in lifecycle order
 * @param lines its lines
 * @param total the sum of the lines
 * @param cancellationReason why it was cancelled, or {@code null}
 * @param placedAt when it was placed
 * @param updatedAt when it last changed
 * @param version the version a change must name ({@code If-Match})
 * @param saga how far placing or cancelling it got, as orders records it
 */
public record Order(UUID id, String number, String placementId, UUID customerId, String customerName,
		OrderStatus status, List<OrderAction> allowedActions, List<OrderLine> lines, Money total,
		String cancellationReason, Instant placedAt, Instant updatedAt, long version, SagaState saga) {

	public Order {
		allowedActions = List.copyOf(allowedActions);
		lines = List.copyOf(lines);
	}

	/** Whether orders allows the action now. */
	public boolean allows(OrderAction action) {
		return this.allowedActions.contains(action);
	}

	/** Whether the order is being or has been cancelled. */
	public boolean cancelled() {
		return this.status == OrderStatus.CANCELLING || this.status == OrderStatus.CANCELLED;
	}

}
