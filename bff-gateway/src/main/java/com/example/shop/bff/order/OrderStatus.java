package com.example.shop.bff.order;

/**
 * Where an order is in its lifecycle, as orders reports it. {@code CANCELLING}: a
 * cancellation started; the order cannot ship while its invoice is voided.
 */
public enum OrderStatus {

	PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, CANCELLING

}
