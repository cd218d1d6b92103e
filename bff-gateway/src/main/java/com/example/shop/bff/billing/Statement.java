package com.example.shop.bff.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * A customer's statement for business days {@code from}..{@code to}, as billing computes
 * it (the same calculation its monthly-statements batch writes as CSV): what they owed at
 * the start, every invoice, void and payment in between with the running balance, and
 * what they owed at the end.
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
		List<Line> lines, Money invoiced, Money voided, Money paid, Money closingBalance) {

	/**
	 * One entry of a statement.
	 *
	 * @param date the business day it happened
	 * @param kind {@code INVOICE} (owed more), {@code VOID} or {@code PAYMENT} (owed
	 * less)
	 * @param reference the invoice number
	 * @param description what an accountant reads
	 * @param debit what it added (zero if nothing)
	 * @param credit what it took off (zero if nothing)
	 * @param balance the balance after it
	 */
	public record Line(LocalDate date, String kind, String reference, String description, Money debit, Money credit,
			Money balance) {
	}

}
