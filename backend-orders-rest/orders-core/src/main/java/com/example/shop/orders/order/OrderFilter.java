package com.example.shop.orders.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;

/**
 * What a list of orders is narrowed to; every part is optional.
 *
 * @param statuses any of these statuses, or all when empty
 * @param customerId one customer's orders
 * @param from placed on this business day or later
 * @param to placed on this business day or earlier
 * @param search what a person typed to find an order: the start of its number
 * ({@code ORD-0002}, any case), its number however loosely typed ({@code 241},
 * {@code ord-241} for {@code ORD-000241}), or words that all occur in the customer's name
 * (in any order, any case, anywhere in the name); see {@code PersonSearch}
 */
public record OrderFilter(List<OrderStatus> statuses, UUID customerId, LocalDate from, LocalDate to, String search) {

	public OrderFilter {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
		search = (search != null && !search.isBlank()) ? search.strip() : null;
	}

	public OrderFilter(List<OrderStatus> statuses, UUID customerId, LocalDate from, LocalDate to) {
		this(statuses, customerId, from, to, null);
	}

}
