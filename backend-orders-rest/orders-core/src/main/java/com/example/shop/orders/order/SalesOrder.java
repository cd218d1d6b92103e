package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.orders.api.OrderAction;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;

/**
 * An order a business user took from a customer: the aggregate the orders service owns.
 * Immutable; a change returns the next version.
 *
 * @param id the id
 * @param number the human-readable number
 * @param placementId the placement id that created it
 * @param customerId the billing customer
 * @param customerName the customer's name when ordered
 * @param status the lifecycle status
 * @param lines the lines
 * @param currency the currency of every amount
 * @param total the sum of the line totals
 * @param cancellationReason why it was cancelled, if it was
 * @param placedAt when it was placed
 * @param updatedAt when it last changed
 * @param version the optimistic concurrency version
 * @param saga how far placing or cancelling it got (not part of the version)
 */
public record SalesOrder(UUID id, String number, String placementId, UUID customerId, String customerName,
		OrderStatus status, List<Line> lines, Currency currency, BigDecimal total, String cancellationReason,
		Instant placedAt, Instant updatedAt, long version, Saga saga) {

	public SalesOrder {
		lines = List.copyOf(lines);
	}

	/** The lifecycle actions this order allows now. */
	public List<OrderAction> allowedActions() {
		return Lifecycle.actionsFrom(this.status);
	}

	/** What is left of placing or cancelling it. */
	public List<com.example.shop.orders.api.SagaStep> pendingSteps() {
		return this.saga.pending(this.status);
	}

	/**
	 * Moves the order to {@code target}.
	 * @param target the next status
	 * @param reason why, for cancellations
	 * @param at when
	 * @return the next version of the order
	 * @throws DomainRefusal.Conflict if the lifecycle does not allow it
	 */
	SalesOrder transitionTo(OrderStatus target, String reason, Instant at) {
		return move(Lifecycle.ORDER, target, reason, at);
	}

	/**
	 * Finishes or reverts a cancellation: CANCELLING to CANCELLED, or back to where it
	 * started.
	 * @throws DomainRefusal.Conflict unless the order is CANCELLING
	 */
	SalesOrder cancellationTo(OrderStatus target, Instant at) {
		return move(Lifecycle.CANCELLATION, target, null, at);
	}

	private SalesOrder move(com.example.shop.support.domain.Transitions<OrderStatus> lifecycle, OrderStatus target,
			String reason, Instant at) {
		if (!lifecycle.allows(this.status, target)) {
			throw new DomainRefusal.Conflict(ProblemType.INVALID_STATE_TRANSITION,
					"Order %s is %s and cannot become %s".formatted(this.number, this.status, target),
					Map.of("currentStatus", this.status.name(), "requestedStatus", target.name(), "allowedStatuses",
							lifecycle.namesFrom(this.status)));
		}
		boolean cancelling = target == OrderStatus.CANCELLING || target == OrderStatus.CANCELLED;
		String keptReason = cancelling ? ((reason != null) ? reason : this.cancellationReason) : null;
		Saga next = switch (target) {
			// Where a cancellation started, so a refused void puts the order back there.
			case CANCELLING -> this.saga.withCancelFrom(this.status).touched(at);
			case CANCELLED -> this.saga.withInvoiceVoided().withCancelFrom(null).touched(at);
			default -> (this.status == OrderStatus.CANCELLING) ? this.saga.withCancelFrom(null).touched(at) : this.saga;
		};
		return new SalesOrder(this.id, this.number, this.placementId, this.customerId, this.customerName, target,
				this.lines, this.currency, this.total, keptReason, this.placedAt, at, this.version + 1, next);
	}

	/** The same order with other saga progress (the version stays). */
	SalesOrder with(Saga progress) {
		return new SalesOrder(this.id, this.number, this.placementId, this.customerId, this.customerName, this.status,
				this.lines, this.currency, this.total, this.cancellationReason, this.placedAt, this.updatedAt,
				this.version, progress);
	}

	/**
	 * One line, priced as it was when ordered.
	 *
	 * @param lineNo 1-based position
	 * @param sku the SKU
	 * @param productName the product name when ordered
	 * @param unitPrice the unit price when ordered
	 * @param quantity how many
	 */
	public record Line(int lineNo, String sku, String productName, BigDecimal unitPrice, int quantity) {

		public BigDecimal lineTotal() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
