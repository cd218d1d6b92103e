package com.example.shop.orders.order;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.shop.orders.api.OrderAction;
import com.example.shop.orders.api.OrderStatus;

/**
 * The order lifecycle: placed, confirmed, shipped, delivered; placed or confirmed may be
 * cancelled. The one place this rule is written: clients read an order's allowed actions
 * from the API instead of repeating it.
 */
final class Lifecycle {

	private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(OrderStatus.PLACED,
			EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED), OrderStatus.CONFIRMED,
			EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED), OrderStatus.SHIPPED,
			EnumSet.of(OrderStatus.DELIVERED), OrderStatus.DELIVERED, EnumSet.noneOf(OrderStatus.class),
			OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));

	private Lifecycle() {
	}

	static boolean allows(OrderStatus from, OrderStatus to) {
		return ALLOWED.get(from).contains(to);
	}

	static Set<OrderStatus> nextFrom(OrderStatus from) {
		return ALLOWED.get(from);
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
		return Arrays.stream(OrderAction.values()).filter((action) -> allows(status, targetOf(action))).toList();
	}

}
