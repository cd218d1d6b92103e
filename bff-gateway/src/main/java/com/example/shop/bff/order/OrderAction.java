package com.example.shop.bff.order;

/**
 * A lifecycle action on an order. Which ones an order allows comes from orders
 * ({@link Order#allowedActions()}); cancelling goes through {@link CancelOrderService},
 * since it also voids the invoice and releases the stock.
 */
public enum OrderAction {

	CONFIRM, SHIP, DELIVER, CANCEL

}
