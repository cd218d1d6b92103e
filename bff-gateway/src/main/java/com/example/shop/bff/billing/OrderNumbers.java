package com.example.shop.bff.billing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * What billing's views need from the orders service: the numbers people read for the
 * order ids invoices carry, and back. Declared here because billing never depends on the
 * order package (it is the other way round); implemented in {@code bff.backend} over the
 * orders service's many-by-id-or-number lookup, one call whatever the number of orders,
 * failing as the orders backend ({@link #BACKEND}).
 */
public interface OrderNumbers {

	/** The backend these answers come from, as parts and failures name it. */
	String BACKEND = "orders";

	/**
	 * The numbers of these orders (at most 100).
	 * @return number by order id; an unknown id is absent
	 */
	Mono<Map<UUID, String>> numbers(List<UUID> orderIds);

	/**
	 * The orders with these numbers ({@code ORD-000241}, any case; at most 100).
	 * @return order id by number as orders spells it; an unknown number is absent
	 */
	Mono<Map<String, UUID>> ids(List<String> numbers);

}
