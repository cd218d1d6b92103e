package com.example.shop.bff.billing;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Which invoices to list, a page at a time.
 *
 * @param orderIds invoices of these orders, or all when empty
 * @param customerId one customer's, or {@code null}
 * @param statuses any of these, or all when empty
 * @param page 0-based page
 * @param size 1..100
 * @param sort {@code field,asc|desc} values
 */
public record InvoiceQuery(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, int page, int size,
		List<String> sort) {

	public InvoiceQuery {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		orderIds = (orderIds != null) ? orderIds.stream().filter(Objects::nonNull).toList() : List.of();
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
		sort = (sort != null) ? sort.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/** The invoice of one order, if it has one. */
	public static InvoiceQuery ofOrder(UUID orderId) {
		return new InvoiceQuery(List.of(orderId), null, List.of(), 0, 1, List.of());
	}

}
