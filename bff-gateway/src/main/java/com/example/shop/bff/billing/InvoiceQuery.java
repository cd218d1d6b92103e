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
 * @param search what a person typed, or {@code null}: an order number
 * ({@code ORD-000241}, any case) finds that order's invoice; anything else is billing's
 * search (an invoice number's start or its digits alone, or every word in the customer's
 * name)
 * @param ageing the unpaid invoices of one bucket of the receivables' ageing (what the
 * dashboard's ageing bar counts), or {@code null} for any
 */
public record InvoiceQuery(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, int page, int size,
		List<String> sort, String search, AgeingBucket ageing) {

	public InvoiceQuery {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		orderIds = (orderIds != null) ? orderIds.stream().filter(Objects::nonNull).toList() : List.of();
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
		sort = (sort != null) ? sort.stream().filter(Objects::nonNull).toList() : List.of();
		search = (search != null && !search.isBlank()) ? search.strip() : null;
	}

	/** Any age. */
	public InvoiceQuery(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, int page, int size,
			List<String> sort, String search) {
		this(orderIds, customerId, statuses, page, size, sort, search, null);
	}

	/** Without a search. */
	public InvoiceQuery(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, int page, int size,
			List<String> sort) {
		this(orderIds, customerId, statuses, page, size, sort, null);
	}

	/** The invoice of one order, if it has one. */
	public static InvoiceQuery ofOrder(UUID orderId) {
		return new InvoiceQuery(List.of(orderId), null, List.of(), 0, 1, List.of());
	}

	/**
	 * The same query for these orders' invoices instead of the search (the orders an
	 * order number named), within the orders it already named, if any.
	 */
	InvoiceQuery ofOrdersInsteadOfSearch(List<UUID> found) {
		List<UUID> within = this.orderIds.isEmpty() ? found : found.stream().filter(this.orderIds::contains).toList();
		return new InvoiceQuery(within, this.customerId, this.statuses, this.page, this.size, this.sort, null,
				this.ageing);
	}

}
