package com.example.shop.billing.invoice;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.example.shop.billing.api.InvoiceStatus;

/**
 * What a list of invoices is narrowed to; every part is optional. Statuses are matched as
 * of today ({@code OVERDUE} finds open invoices past due too).
 *
 * @param orderIds the invoices of any of these orders
 * @param customerId one customer's invoices
 * @param statuses any of these statuses, or all when empty
 */
public record InvoiceFilter(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses) {

	static final int MAX_ORDER_IDS = 100;

	public InvoiceFilter {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		orderIds = (orderIds != null) ? orderIds.stream().filter(Objects::nonNull).toList() : List.of();
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
