package com.example.shop.orders.order;

import java.util.Arrays;
import java.util.List;

import com.example.shop.orders.api.OrderAction;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.domain.Transitions;

/**
 * The order lifecycle: placed, confirmed, shipped, delivered; placed or confirmed may be
 * cancelled. Cancelling passes through CANCELLING, which blocks shipping while the
 * invoice is voided, and ends CANCELLED, or back where it started when the invoice cannot
 * be voided. The one place this rule is written: clients read an order's allowed actions
 * from the API instead of repeating it.
 */
final class Lifecycle {

	/** Which status may follow which. */
	static final Transitions<OrderStatus> ORDER = Transitions.of(OrderStatus.class)
		.allow(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.CANCELLING)
		.allow(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.CANCELLING)
		.allow(OrderStatus.SHIPPED, OrderStatus.DELIVERED);

	/**
	 * The moves only the cancellation saga makes: finishing a cancellation once the
	 * invoice is void, or putting the order back when it cannot be voided. No user action
	 * leads here, so none is offered for a CANCELLING order.
	 */
	static final Transitions<OrderStatus> CANCELLATION = Transitions.of(OrderStatus.class)
		.allow(OrderStatus.CANCELLING, OrderStatus.CANCELLED, OrderStatus.PLACED, OrderStatus.CONFIRMED);

	private Lifecycle() {
	}

	/** The status an action moves an order to. */
	static OrderStatus targetOf(OrderAction action) {
		return switch (action) {
			case CONFIRM -> OrderStatus.CONFIRMED;
			case SHIP -> OrderStatus.SHIPPED;
			case DELIVER -> OrderStatus.DELIVERED;
			case CANCEL -> OrderStatus.CANCELLING;
		};
	}

	/** The actions an order in {@code status} allows, in lifecycle order. */
	static List<OrderAction> actionsFrom(OrderStatus status) {
		return Arrays.stream(OrderAction.values()).filter((action) -> ORDER.allows(status, targetOf(action))).toList();
	}

}
