package com.example.shop.e2e.backends;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.example.shop.orders.api.Order;
import com.example.shop.orders.api.OrderPage;

/** The orders backend over REST, for checks behind the UI's back. */
public final class OrdersClient {

	private final Rest rest;

	OrdersClient(String baseUrl, Supplier<String> token) {
		this.rest = new Rest(baseUrl, token);
	}

	public Order order(UUID id) {
		return this.rest.get("/api/v1/orders/" + id, Order.class);
	}

	/**
	 * Moves the order along its lifecycle ({@code confirm}, {@code ship},
	 * {@code deliver}) from the version given, as the order page would.
	 */
	public Order act(Order order, String action) {
		return this.rest.post("/api/v1/orders/" + order.id() + "/" + action, null, Order.class, "If-Match",
				"\"" + order.version() + "\"");
	}

	/** Every order of a customer (a test's customers have few). */
	public List<Order> ordersOf(UUID customerId) {
		return this.rest.get("/api/v1/orders?size=100&customerId=" + customerId, OrderPage.class).items();
	}

	/** The customer's order with this number. */
	public Order byNumber(UUID customerId, String number) {
		return ordersOf(customerId).stream()
			.filter((o) -> o.number().equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Orders has no order " + number + " of customer " + customerId));
	}

}
