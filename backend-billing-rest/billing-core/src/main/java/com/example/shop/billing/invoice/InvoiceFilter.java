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
 * @param search what a person typed to find an invoice: the start of its number
 * ({@code INV-0001}, any case), its number however loosely typed ({@code 123},
 * {@code inv-123} for {@code INV-000123}), or words that all occur in the customer's name
 * (in any order, any case, anywhere in the name); see {@code PersonSearch}
 * @param pastDue unpaid invoices (open or overdue) this many days past due, as the
 * receivables' ageing counts them, or {@code null} for any invoice
 */
public record InvoiceFilter(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, String search,
		PastDue pastDue) {

	static final int MAX_ORDER_IDS = 100;

	public InvoiceFilter {
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		orderIds = (orderIds != null) ? orderIds.stream().filter(Objects::nonNull).toList() : List.of();
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
		search = (search != null && !search.isBlank()) ? search.strip() : null;
	}

	public InvoiceFilter(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, String search) {
		this(orderIds, customerId, statuses, search, null);
	}

	public InvoiceFilter(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses) {
		this(orderIds, customerId, statuses, null);
	}

	/**
	 * Unpaid invoices whose days past their due date (today minus the due date; zero or
	 * less while not yet due) lie in a range.
	 *
	 * @param min the fewest days past due, or {@code null} for no lower bound
	 * @param max the most days past due, or {@code null} for no upper bound
	 */
	public record PastDue(Integer min, Integer max) {
	}

}
