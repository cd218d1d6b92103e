package com.example.shop.billing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.billing.api.InvoiceStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums over invoices and payments, for balances and the receivables summary. Statuses are
 * as of the business day given, by the same rule as {@link CustomerInvoice#statusOn}.
 */
@Repository
public class InvoiceFigures {

	private final JdbcClient jdbc;

	InvoiceFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is still unpaid, grouped by status today and days past due.
	 * @param today the business day
	 * @param customerId one customer's invoices, or {@code null} for everyone's
	 * @return one row per status and number of days past due (negative: not due yet)
	 */
	public List<Unpaid> unpaid(LocalDate today, UUID customerId) {
		var statement = this.jdbc
			.sql("select " + InvoiceRepository.STATUS_TODAY + """
					 as status_today, cast(:today as date) - due_date as days_past_due, count(*) as invoices,
					    sum(amount - paid_amount) as outstanding
					from invoice
					where status in ('OPEN', 'OVERDUE')"""
					+ ((customerId != null) ? " and customer_id = :customerId" : "") + " group by 1, 2")
			.param("today", today);
		if (customerId != null) {
			statement.param("customerId", customerId);
		}
		return statement
			.query((rs, row) -> new Unpaid(InvoiceStatus.valueOf(rs.getString("status_today")),
					rs.getInt("days_past_due"), rs.getLong("invoices"), rs.getBigDecimal("outstanding")))
			.list();
	}

	/**
	 * What is still unpaid for each of several customers, as {@link #unpaid} groups it:
	 * one query for a page of customers instead of one per customer.
	 * @param today the business day
	 * @param customerIds the customers
	 * @return per customer with anything unpaid, its groups; a customer who owes nothing
	 * is absent
	 */
	public Map<UUID, List<Unpaid>> unpaidByCustomer(LocalDate today, Collection<UUID> customerIds) {
		if (customerIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<Unpaid>> byCustomer = new HashMap<>();
		this.jdbc.sql("select customer_id, " + InvoiceRepository.STATUS_TODAY + """
				 as status_today, cast(:today as date) - due_date as days_past_due, count(*) as invoices,
				    sum(amount - paid_amount) as outstanding
				from invoice
				where status in ('OPEN', 'OVERDUE') and customer_id in (:customerIds)
				group by 1, 2, 3""")
			.param("today", today)
			.param("customerIds", customerIds)
			.query((rs, row) -> byCustomer
				.computeIfAbsent(rs.getObject("customer_id", UUID.class), (id) -> new ArrayList<>())
				.add(new Unpaid(InvoiceStatus.valueOf(rs.getString("status_today")), rs.getInt("days_past_due"),
						rs.getLong("invoices"), rs.getBigDecimal("outstanding"))))
			.list();
		return byCustomer;
	}

	/**
	 * How many invoices are in each status today; every status present.
	 * @param customerId one customer's invoices, or {@code null} for everyone's
	 */
	public Map<InvoiceStatus, Long> countsByStatus(LocalDate today, UUID customerId) {
		Map<InvoiceStatus, Long> counts = new EnumMap<>(InvoiceStatus.class);
		for (InvoiceStatus status : InvoiceStatus.values()) {
			counts.put(status, 0L);
		}
		var statement = this.jdbc
			.sql("select " + InvoiceRepository.STATUS_TODAY + ", count(*) from invoice"
					+ ((customerId != null) ? " where customer_id = :customerId" : "") + " group by 1")
			.param("today", today);
		if (customerId != null) {
			statement.param("customerId", customerId);
		}
		statement.query((rs, row) -> counts.put(InvoiceStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}

	/**
	 * The amounts of every invoice but void ones.
	 * @param customerId one customer's invoices, or {@code null} for everyone's
	 */
	public BigDecimal invoiced(UUID customerId) {
		var statement = this.jdbc.sql("select coalesce(sum(amount), 0) from invoice where status <> 'VOID'"
				+ ((customerId != null) ? " and customer_id = :customerId" : ""));
		if (customerId != null) {
			statement.param("customerId", customerId);
		}
		return statement.query(BigDecimal.class).single();
	}

	/**
	 * Every payment ever recorded.
	 * @param customerId one customer's payments, or {@code null} for everyone's
	 */
	public BigDecimal paid(UUID customerId) {
		var statement = this.jdbc.sql((customerId != null) ? """
				select coalesce(sum(p.amount), 0) from payment p join invoice i on i.id = p.invoice_id
				where i.customer_id = :customerId""" : "select coalesce(sum(amount), 0) from payment");
		if (customerId != null) {
			statement.param("customerId", customerId);
		}
		return statement.query(BigDecimal.class).single();
	}

	/**
	 * Unpaid invoices that share a status and a number of days past due.
	 *
	 * @param status {@code OPEN} or {@code OVERDUE}, as of the day asked about
	 * @param daysPastDue days since the due date; zero or negative when not yet past due
	 * @param invoices how many
	 * @param outstanding what is still unpaid on them
	 */
	public record Unpaid(InvoiceStatus status, int daysPastDue, long invoices, BigDecimal outstanding) {
	}

}
