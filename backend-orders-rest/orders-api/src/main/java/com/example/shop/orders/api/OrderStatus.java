package com.example.shop.orders.api;

/**
 * Where an order is in its lifecycle: placed, confirmed, shipped, delivered; placed or
 * confirmed may be cancelled. Cancelling first moves the order to {@code CANCELLING},
 * which blocks shipping while the invoice is voided; it then becomes {@code CANCELLED},
 * or goes back to where it was if the invoice cannot be voided (it has payments).
 */
public enum OrderStatus {

	PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, CANCELLING

}
