package com.example.shop.orders.api;

/**
 * A lifecycle action on an order: what an {@link Order}'s {@code allowedActions} lists,
 * and the last path segment of the action's endpoint ({@code POST
 * /api/v1/orders/{id}/confirm}). Which actions an order allows is the orders service's
 * rule; clients show what it lists and never work it out themselves.
 */
public enum OrderAction {

	CONFIRM("confirm"), SHIP("ship"), DELIVER("deliver"), CANCEL("cancel");

	private final String path;

	OrderAction(String path) {
		this.path = path;
	}

	/** The endpoint's last path segment, for example {@code confirm}. */
	public String path() {
		return this.path;
	}

}
