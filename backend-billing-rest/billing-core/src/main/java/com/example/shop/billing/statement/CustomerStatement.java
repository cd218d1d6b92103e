package com.example.shop.billing.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A customer's statement for business days {@code from}..{@code to}: what they owed at
 * the start, every invoice, void and payment in between in date order with the running
 * balance, and what they owed at the end. {@code closingBalance = openingBalance +
 * invoiced - voided - paid}.
 *
 * @param customerId the customer
 * @param customerName the customer's name
 * @param email the accounts-payable contact
 * @param from the first business day
 * @param to the last business day
 * @param currency the business currency
 * @param openingBalance owed at the start of {@code from}
 * @param lines what happened, by date
 * @param invoiced the invoices issued in the period
 * @param voided the invoices voided in the period
 * @param paid the payments received in the period
 * @param closingBalance owed at the end of {@code to}
 */
public record CustomerStatement(UUID customerId, String customerName, String email, LocalDate from, LocalDate to,
		Currency currency, BigDecimal openingBalance, List<Line> lines, BigDecimal invoiced, BigDecimal voided,
		BigDecimal paid, BigDecimal closingBalance) {

	public CustomerStatement {
		lines = List.copyOf(lines);
	}

	/** Whether there is anything to tell the customer: activity, or a balance. */
	public boolean isEmpty() {
		return this.lines.isEmpty() && this.openingBalance.signum() == 0;
	}

	/** What kind of entry a line is. */
	public enum Kind {

		/** An invoice issued: the customer owes more. */
		INVOICE,
		/** An invoice voided (its order was cancelled): the customer owes less. */
		VOID,
		/** A payment received: the customer owes less. */
		PAYMENT

	}

	/**
	 * One entry.
	 *
	 * @param date the business day it happened
	 * @param kind what it was
	 * @param reference the invoice number, and for a payment the payer's reference
	 * @param description what an accountant reads
	 * @param debit what it added to the balance (zero if none)
	 * @param credit what it took off the balance (zero if none)
	 * @param balance the balance after it
	 */
	public record Line(LocalDate date, Kind kind, String reference, String description, BigDecimal debit,
			BigDecimal credit, BigDecimal balance) {
	}

}
