package com.example.shop.billing.receivables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.example.shop.billing.api.CreditDecision;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.invoice.InvoiceFigures;

/**
 * What one customer owes on one business day, and what that leaves of the credit limit.
 *
 * @param creditLimit the customer's credit limit
 * @param open unpaid on invoices not yet past due
 * @param overdue unpaid on invoices past due
 * @param openInvoices how many unpaid invoices are not yet past due
 * @param overdueInvoices how many unpaid invoices are past due
 */
public record Balance(BigDecimal creditLimit, BigDecimal open, BigDecimal overdue, long openInvoices,
		long overdueInvoices) {

	static Balance of(BigDecimal creditLimit, List<InvoiceFigures.Unpaid> unpaid) {
		BigDecimal open = BigDecimal.ZERO.setScale(2);
		BigDecimal overdue = BigDecimal.ZERO.setScale(2);
		long openInvoices = 0;
		long overdueInvoices = 0;
		for (InvoiceFigures.Unpaid group : unpaid) {
			if (group.status() == InvoiceStatus.OVERDUE) {
				overdue = overdue.add(group.outstanding());
				overdueInvoices += group.invoices();
			}
			else {
				open = open.add(group.outstanding());
				openInvoices += group.invoices();
			}
		}
		return new Balance(creditLimit, open, overdue, openInvoices, overdueInvoices);
	}

	/** Everything still unpaid. */
	public BigDecimal outstanding() {
		return this.open.add(this.overdue);
	}

	/**
	 * How much more the customer may owe: the limit less what is unpaid, never below
	 * zero.
	 */
	public BigDecimal availableCredit() {
		return this.creditLimit.subtract(outstanding()).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * Whether {@code amount} more would fit: only for an active customer, and only within
	 * the available credit (exactly reaching the limit fits).
	 */
	CreditDecision decide(boolean active, BigDecimal amount) {
		if (!active) {
			return CreditDecision.CUSTOMER_SUSPENDED;
		}
		return (amount.compareTo(availableCredit()) <= 0) ? CreditDecision.APPROVED
				: CreditDecision.CREDIT_LIMIT_EXCEEDED;
	}

}
