package com.example.shop.orders.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.example.shop.orders.api.OrderStatus;

/**
 * The order lifecycle: placed, confirmed, shipped, delivered; placed or confirmed may be
 * cancelled.
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

}
