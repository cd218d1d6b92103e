package com.example.shop.billing.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's statement for business days {@code from}..{@code to}: what they owed at
 * the start, every invoice, void and payment in between by date with the running balance,
 * and what they owed at the end ({@code closingBalance = openingBalance +
 * invoiced - voided - paid}). The monthly-statements batch writes the same figures as
 * CSV.
 *
 * @param customerId the customer
 * @param customerName the customer's name
 * @param from the first business day
 * @param to the last business day
 * @param openingBalance owed at the start of {@code from}
 * @param lines what happened, by date
 * @param invoiced the invoices issued in the period
 * @param voided the invoices voided in the period
 * @param paid the payments received in the period
 * @param closingBalance owed at the end of {@code to}
 */
public record Statement(UUID customerId, String customerName, LocalDate from, LocalDate to, Money openingBalance,
		List<StatementLine> lines, Money invoiced, Money voided, Money paid, Money closingBalance) {

	/**
	 * One entry of a statement.
	 *
	 * @param date the business day it happened
	 * @param kind INVOICE (owed more), VOID or PAYMENT (owed less)
	 * @param reference the invoice number
	 * @param description what an accountant reads
	 * @param debit what it added (zero if nothing)
	 * @param credit what it took off (zero if nothing)
	 * @param balance the balance after it
	 */
	public record StatementLine(LocalDate date, String kind, String reference, String description, Money debit,
			Money credit, Money balance) {
	}

}
