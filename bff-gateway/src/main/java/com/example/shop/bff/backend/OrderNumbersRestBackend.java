package com.example.shop.bff.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
		return orderIds.isEmpty() ? Mono.just(Map.of()) : lookup(orderIds, null, Order::id, Order::number);
	}

	@Override
	public Mono<Map<String, UUID>> ids(List<String> numbers) {
		return numbers.isEmpty() ? Mono.just(Map.of()) : lookup(null, numbers, Order::number, Order::id);
	}

	/** Orders' lookup by ids or by numbers, each order found as one key and value. */
	private <K, V> Mono<Map<K, V>> lookup(List<UUID> ids, List<String> numbers, Function<Order, K> key,
			Function<Order, V> value) {
		return this.calls.read((timeout) -> this.http.lookup(ids, numbers)).map((orders) -> {
			Map<K, V> found = new LinkedHashMap<>();
			orders.forEach((order) -> found.put(key.apply(order), value.apply(order)));
			return found;
		});
	}

}
