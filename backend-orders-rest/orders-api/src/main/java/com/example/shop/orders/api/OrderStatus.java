package com.example.shop.orders.api;

/**
 * Where an order is in its lifecycle: placed, confirmed, shipped, delivered; placed or
 * confirmed may be cancelled.
 */
public enum OrderStatus {

	PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED

}
