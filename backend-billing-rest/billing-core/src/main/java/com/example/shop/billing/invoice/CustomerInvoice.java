package com.example.shop.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.customer.CustomerAccount;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;

/**
 * An invoice billing one order to one customer: the aggregate the billing service owns,
 * together with the sum of its payments. Immutable; a change returns the next version.
 * <p>
 * {@code status} is the status last persisted. What the invoice <em>is</em> on a given
 * business day is {@link #statusOn(LocalDate)}: an open invoice past its due date is
 * overdue at once, whether or not the batch has persisted that yet.
 *
 * @param id the id
 * @param number the human-readable number
 * @param orderId the order billed
 * @param customerId the customer billed
 * @param status the status as persisted
 * @param currency the currency of every amount
 * @param amount the amount billed, more than zero
 * @param paidAmount the sum of the payments recorded
 * @param issueDate the business day it was issued
 * @param dueDate the last business day to pay on time
 * @param voidReason why it was voided, if it was
 * @param createdAt when it was issued
 * @param updatedAt when it last changed
 * @param version the optimistic concurrency version
 */
public record CustomerInvoice(UUID id, String number, UUID orderId, UUID customerId, InvoiceStatus status,
		Currency currency, BigDecimal amount, BigDecimal paidAmount, LocalDate issueDate, LocalDate dueDate,
		String voidReason, Instant createdAt, Instant updatedAt, long version) {

	/**
	 * A new open invoice, due after the customer's payment terms.
	 * @throws DomainRefusal.Invalid if the amount is not more than zero
	 */
	static CustomerInvoice issue(UUID id, String number, UUID orderId, CustomerAccount customer, BigDecimal amount,
			LocalDate issueDate, Instant at) {
		requirePositive(amount);
		return new CustomerInvoice(id, number, orderId, customer.id(), InvoiceStatus.OPEN, customer.currency(), amount,
				BigDecimal.ZERO.setScale(2), issueDate, customer.dueDateFor(issueDate), null, at, at, 0);
	}

	/**
	 * Refuses an amount that is not more than zero, for invoices and payments alike.
	 * @throws DomainRefusal.Invalid naming {@code amount.amount}
	 */
	static void requirePositive(BigDecimal amount) {
		if (amount.signum() <= 0) {
			throw new DomainRefusal.Invalid("amount.amount", "must be more than 0");
		}
	}

	/** What the invoice is on {@code today}: open past its due date reads as overdue. */
	public InvoiceStatus statusOn(LocalDate today) {
		return (this.status == InvoiceStatus.OPEN && today.isAfter(this.dueDate)) ? InvoiceStatus.OVERDUE : this.status;
	}

	/**
	 * Whether the invoice takes a payment on {@code today}: the lifecycle allows PAID.
	 */
	public boolean payableOn(LocalDate today) {
		return InvoiceLifecycle.INVOICE.allows(statusOn(today), InvoiceStatus.PAID);
	}

	/** What is still to pay; nothing on a void invoice. */
	public BigDecimal outstanding() {
		return (this.status == InvoiceStatus.VOID) ? BigDecimal.ZERO.setScale(2)
				: this.amount.subtract(this.paidAmount);
	}

	/** Business days past the due date on {@code today}, 0 unless overdue. */
	public long daysOverdueOn(LocalDate today) {
		return (statusOn(today) == InvoiceStatus.OVERDUE) ? Math.max(0, ChronoUnit.DAYS.between(this.dueDate, today))
				: 0;
	}

	/**
	 * Records a payment: partial payments keep the invoice unpaid (and persist overdue if
	 * it is), the one that reaches the amount makes it paid.
	 * @param payment more than zero, at most what is outstanding
	 * @param today the business day, for the overdue rule
	 * @param at when
	 * @return the next version of the invoice
	 * @throws DomainRefusal.Invalid if the payment is not more than zero
	 * @throws DomainRefusal.Conflict if the invoice is paid or void, or the payment is
	 * more than what is outstanding
	 */
	CustomerInvoice pay(BigDecimal payment, LocalDate today, Instant at) {
		requirePositive(payment);
		InvoiceStatus current = statusOn(today);
		if (!payableOn(today)) {
			throw new DomainRefusal.Conflict(ProblemType.INVOICE_NOT_PAYABLE,
					"Invoice %s is %s: it takes no more payments".formatted(this.number, current),
					Map.of("currentStatus", current.name()));
		}
		BigDecimal outstanding = outstanding();
		if (payment.compareTo(outstanding) > 0) {
			throw new DomainRefusal.Conflict(ProblemType.OVERPAYMENT,
					"Invoice %s has %s %s outstanding; a payment of %s is more than that".formatted(this.number,
							outstanding.toPlainString(), this.currency.getCurrencyCode(), payment.toPlainString()),
					Map.of("outstandingAmount", outstanding.toPlainString(), "requestedAmount",
							payment.toPlainString()));
		}
		BigDecimal paid = this.paidAmount.add(payment);
		InvoiceStatus next = (paid.compareTo(this.amount) == 0) ? InvoiceStatus.PAID : current;
		return with(next, paid, this.voidReason, at);
	}

	/**
	 * Voids the invoice (its order was cancelled).
	 * @param reason why, optional
	 * @param today the business day, for the overdue rule
	 * @param at when
	 * @return the next version of the invoice
	 * @throws DomainRefusal.Conflict if it is already void, or has any payment
	 */
	CustomerInvoice voided(String reason, LocalDate today, Instant at) {
		InvoiceStatus current = statusOn(today);
		if (current == InvoiceStatus.VOID) {
			throw notAllowed(current, InvoiceStatus.VOID);
		}
		if (this.paidAmount.signum() > 0) {
			throw new DomainRefusal.Conflict(ProblemType.INVOICE_HAS_PAYMENTS,
					"Invoice %s already has %s %s paid and cannot be voided".formatted(this.number,
							this.paidAmount.toPlainString(), this.currency.getCurrencyCode()),
					Map.of("currentStatus", current.name(), "paidAmount", this.paidAmount.toPlainString()));
		}
		return with(InvoiceStatus.VOID, this.paidAmount, reason, at);
	}

	/**
	 * Persists overdue: what the billing batch does for each open invoice past its due
	 * date.
	 * @throws DomainRefusal.Conflict unless the invoice is open and past due on
	 * {@code today}
	 */
	CustomerInvoice markOverdue(LocalDate today, Instant at) {
		if (this.status != InvoiceStatus.OPEN || statusOn(today) != InvoiceStatus.OVERDUE) {
			throw (this.status == InvoiceStatus.OPEN)
					? new DomainRefusal.Conflict(ProblemType.INVALID_STATE_TRANSITION,
							"Invoice %s is not due until %s".formatted(this.number, this.dueDate),
							Map.of("currentStatus", this.status.name(), "dueDate", this.dueDate.toString()))
					: notAllowed(this.status, InvoiceStatus.OVERDUE);
		}
		return with(InvoiceStatus.OVERDUE, this.paidAmount, this.voidReason, at);
	}

	private CustomerInvoice with(InvoiceStatus status, BigDecimal paidAmount, String voidReason, Instant at) {
		return new CustomerInvoice(this.id, this.number, this.orderId, this.customerId, status, this.currency,
				this.amount, paidAmount, this.issueDate, this.dueDate, voidReason, this.createdAt, at,
				this.version + 1);
	}

	private DomainRefusal.Conflict notAllowed(InvoiceStatus from, InvoiceStatus to) {
		return new DomainRefusal.Conflict(ProblemType.INVALID_STATE_TRANSITION,
				"Invoice %s is %s and cannot become %s".formatted(this.number, from, to),
				Map.of("currentStatus", from.name(), "requestedStatus", to.name(), "allowedStatuses",
						InvoiceLifecycle.INVOICE.namesFrom(from)));
	}

}
