package com.example.shop.orders.api;

import java.util.List;

/**
 * Orders claimed by one reconciler, each until its {@code saga.nextAttemptAt}.
 *
 * @param orders the claimed orders, oldest saga progress first
 */
public record SagaLeases(List<Order> orders) {
}
