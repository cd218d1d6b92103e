package com.example.shop.bff.order;

/** Where an order is in its lifecycle, as orders reports it. */
public enum OrderStatus {

	PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED

}
