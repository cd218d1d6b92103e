package com.example.shop.bff.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.billing.OrderNumbers;
import com.example.shop.orders.api.Order;
import reactor.core.publisher.Mono;

/**
 * Order numbers from the orders service's lookup: one call for a page of invoices'
 * orders, or for the number a person searched for.
 */
record OrderNumbersRestBackend(OrdersHttp http, BackendCalls calls) implements OrderNumbers {

	@Override
	public Mono<Map<UUID, String>> numbers(List<UUID> orderIds) {
		if (orderIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.calls.read((timeout) -> this.http.lookup(orderIds, null)).map((orders) -> {
			Map<UUID, String> numbers = new LinkedHashMap<>();
			orders.forEach((order) -> numbers.put(order.id(), order.number()));
			return numbers;
		});
	}

	@Override
	public Mono<Map<String, UUID>> ids(List<String> numbers) {
		if (numbers.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.calls.read((timeout) -> this.http.lookup(null, numbers)).map((orders) -> {
			Map<String, UUID> ids = new LinkedHashMap<>();
			orders.forEach((Order order) -> ids.put(order.number(), order.id()));
			return ids;
		});
	}

}
