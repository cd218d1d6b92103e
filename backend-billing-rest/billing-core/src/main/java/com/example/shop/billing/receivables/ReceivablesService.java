package com.example.shop.billing.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.billing.api.AgeingBucket;
import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.CreditDecision;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.customer.CustomerAccount;
import com.example.shop.billing.customer.CustomerService;
import com.example.shop.billing.invoice.InvoiceFigures;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers owe: one customer's balance and credit, and everyone's receivables. Each
 * answer reads one snapshot of the database, so its figures add up even while payments
 * are being recorded.
 */
@Service
public class ReceivablesService {

	private final CustomerService customers;

	private final InvoiceFigures figures;

	private final BusinessClock business;

	ReceivablesService(CustomerService customers, InvoiceFigures figures, BusinessClock business) {
		this.customers = customers;
		this.figures = figures;
		this.business = business;
	}

	/**
	 * A customer's balance today.
	 * @throws DomainRefusal.NotFound if there is no such customer
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public CustomerBalance balance(UUID customerId) {
		CustomerAccount customer = this.customers.get(customerId);
		LocalDate today = today();
		return new CustomerBalance(customer, today,
				Balance.of(customer.creditLimit(), this.figures.unpaid(today, customerId)));
	}

	/**
	 * Several customers' balances today, read in one snapshot with two queries whatever
	 * their number: what a page of the customer list shows.
	 * @param customerIds at most {@link BillingApi#MAX_LOOKUP_IDS}, each once
	 * @return the balances in the order asked; unknown customers are left out
	 * @throws DomainRefusal.Invalid for no ids or too many
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<CustomerBalance> balances(List<UUID> customerIds) {
		List<CustomerAccount> found = this.customers.lookup(customerIds);
		LocalDate today = today();
		Map<UUID, List<InvoiceFigures.Unpaid>> unpaid = this.figures.unpaidByCustomer(today,
				found.stream().map(CustomerAccount::id).toList());
		return found.stream()
			.map((customer) -> new CustomerBalance(customer, today,
					Balance.of(customer.creditLimit(), unpaid.getOrDefault(customer.id(), List.of()))))
			.toList();
	}

	/**
	 * Whether {@code amount} more would fit within a customer's credit today.
	 * @throws DomainRefusal.NotFound if there is no such customer
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public CreditCheck creditCheck(UUID customerId, BigDecimal amount) {
		CustomerBalance balance = balance(customerId);
		return new CreditCheck(balance, amount, balance.balance().decide(balance.customer().active(), amount));
	}

	/**
	 * Everyone's receivables today, or one customer's.
	 * @param customerId one customer's, or {@code null} for everyone's
	 * @throws DomainRefusal.NotFound if there is no such customer
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Summary summary(UUID customerId) {
		if (customerId != null) {
			this.customers.get(customerId);
		}
		LocalDate today = today();
		Map<AgeingBucket, BucketTotal> ageing = new EnumMap<>(AgeingBucket.class);
		for (AgeingBucket bucket : AgeingBucket.values()) {
			ageing.put(bucket, new BucketTotal(0, BigDecimal.ZERO.setScale(2)));
		}
		var unpaid = this.figures.unpaid(today, customerId);
		for (InvoiceFigures.Unpaid group : unpaid) {
			ageing.merge(Ageing.bucketOf(group.status(), group.daysPastDue()),
					new BucketTotal(group.invoices(), group.outstanding()), BucketTotal::plus);
		}
		Balance totals = Balance.of(BigDecimal.ZERO, unpaid);
		return new Summary(today, this.business.zone(), this.figures.invoiced(customerId), totals.open(),
				totals.overdue(), this.figures.paid(customerId), this.figures.countsByStatus(today, customerId),
				ageing);
	}

	public Currency currency() {
		return this.business.currency();
	}

	private LocalDate today() {
		return this.business.today();
	}

	/** A customer, their balance, and the day it is for. */
	public record CustomerBalance(CustomerAccount customer, LocalDate asOf, Balance balance) {
	}

	/** A credit check's answer. */
	public record CreditCheck(CustomerBalance balance, BigDecimal requested, CreditDecision decision) {
	}

	/** Everyone's receivables on one business day. */
	public record Summary(LocalDate asOf, ZoneId zone, BigDecimal invoiced, BigDecimal open, BigDecimal overdue,
			BigDecimal paid, Map<InvoiceStatus, Long> invoicesByStatus, Map<AgeingBucket, BucketTotal> ageing) {

		public BigDecimal outstanding() {
			return this.open.add(this.overdue);
		}

	}

	/** Unpaid invoices in one ageing bucket. */
	public record BucketTotal(long invoices, BigDecimal outstanding) {

		BucketTotal plus(BucketTotal other) {
			return new BucketTotal(this.invoices + other.invoices, this.outstanding.add(other.outstanding));
		}

	}

}
