package com.example.shop.orders.order;

import java.util.Arrays;
import java.util.List;

import com.example.shop.orders.api.OrderAction;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.domain.Transitions;

/**
 * The order lifecycle: placed, confirmed, shipped, delivered; placed or confirmed may be
 * cancelled. The one place this rule is written: clients read an order's allowed actions
 * from the API instead of repeating it.
 */
final class Lifecycle {

	/** Which status may follow which. */
	static final Transitions<OrderStatus> ORDER = Transitions.of(OrderStatus.class)
		.allow(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.CANCELLED)
		.allow(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.CANCELLED)
		.allow(OrderStatus.SHIPPED, OrderStatus.DELIVERED);

	private Lifecycle() {
	}

	/** The status an action moves an order to. */
	static OrderStatus targetOf(OrderAction action) {
		return switch (action) {
			case CONFIRM -> OrderStatus.CONFIRMED;
			case SHIP -> OrderStatus.SHIPPED;
			case DELIVER -> OrderStatus.DELIVERED;
			case CANCEL -> OrderStatus.CANCELLED;
		};
	}

	/** The actions an order in {@code status} allows, in lifecycle order. */
	static List<OrderAction> actionsFrom(OrderStatus status) {
		return Arrays.stream(OrderAction.values()).filter((action) -> ORDER.allows(status, targetOf(action))).toList();
	}

}
