package com.example.shop.bff.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which orders to list, a page at a time.
 *
 * @param statuses any of these, or all when empty
 * @param customerId one customer's orders, or {@code null}
 * @param from first business day, or {@code null}
 * @param to last business day, or {@code null}
 * @param page 0-based page
 * @param size page size, 1..100
 * @param sort {@code field,asc|desc} values
 * @param search what a person typed: an order number however typed ({@code ord-241}), its
 * start, or words of the customer's name (the orders API's {@code q}), or {@code null}
 */
public record OrderQuery(List<OrderStatus> statuses, UUID customerId, LocalDate from, LocalDate to, int page, int size,
		List<String> sort, String search) {

	public OrderQuery {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
		sort = (sort != null) ? sort.stream().filter(Objects::nonNull).toList() : List.of();
		search = (search != null && !search.isBlank()) ? search.strip() : null;
	}

	/** Without a search. */
	public OrderQuery(List<OrderStatus> statuses, UUID customerId, LocalDate from, LocalDate to, int page, int size,
			List<String> sort) {
		this(statuses, customerId, from, to, page, size, sort, null);
	}

}
