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
 */
public record OrderFilter(List<OrderStatus> statuses, UUID customerId, LocalDate from, LocalDate to) {

	public OrderFilter {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
