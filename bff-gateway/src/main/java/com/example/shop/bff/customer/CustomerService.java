package com.example.shop.bff.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.CustomerPage;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.InvoiceQuery;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.billing.StatementFile;
import com.example.shop.bff.order.OrderQuery;
import com.example.shop.bff.order.OrdersBackend;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Customers as sales and billing see them. */
@Service
public class CustomerService {

	private static final int RECENT = 10;

	/** Billing's largest page: a statement lists at most this many open invoices. */
	private static final int OPEN_INVOICES = 100;

	private final BillingBackend billing;

	private final OrdersBackend orders;

	CustomerService(BillingBackend billing, OrdersBackend orders) {
		this.billing = billing;
		this.orders = orders;
	}

	/**
	 * One customer's overview, its four parts fetched in parallel.
	 * @param customerId the customer
	 * @return the overview; fails with {@code BackendNotFound} if billing knows no such
	 * customer
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<CustomerOverview> overview(UUID customerId) {
		var recentOrders = new OrderQuery(List.of(), customerId, null, null, 0, RECENT, List.of("placedAt,desc"));
		var invoices = new InvoiceQuery(List.of(), customerId, List.of(), 0, RECENT, List.of());
		// Only a customer billing positively does not know is "not found"; an unavailable
		// billing is a part.
		Mono<Part<Customer>> account = this.billing.customer(customerId)
			.<Part<Customer>>map(Part::available)
			.onErrorResume(BackendUnavailable.class,
					(ex) -> Mono.just(Part.unavailable(ex.backend(), ex.getMessage())));
		return Mono
			.zip(account, Part.of(this.billing.balance(customerId)), Part.of(this.orders.list(recentOrders)),
					Part.of(this.billing.invoices(invoices)))
			.map((p) -> new CustomerOverview(customerId, p.getT1(), p.getT2(), p.getT3(), p.getT4()));
	}

	/**
	 * A customer's statement page: the statement, their receivables today and their open
	 * invoices, asked in parallel; the last two are parts.
	 * @param from the first business day, or {@code null} for billing's default (last
	 * month)
	 * @param to the last business day, or {@code null} likewise
	 * @return the page; fails with {@code BackendNotFound} for an unknown customer, with
	 * {@code DomainRefusal.Invalid} for a bad period
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<CustomerStatement> statement(UUID customerId, LocalDate from, LocalDate to) {
		StatementPeriod.check(from, to);
		var open = new InvoiceQuery(List.of(), customerId, List.of(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE), 0,
				OPEN_INVOICES, List.of("dueDate,asc"));
		return Mono
			.zip(this.billing.statement(customerId, from, to), Part.of(this.billing.receivables(customerId)),
					Part.of(this.billing.invoices(open)))
			.map((p) -> new CustomerStatement(customerId, p.getT1(), p.getT2(), p.getT3()));
	}

	/**
	 * The same statement as billing's accountant's CSV (the file its monthly batch
	 * writes), byte for byte.
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<StatementFile> statementCsv(UUID customerId, LocalDate from, LocalDate to) {
		StatementPeriod.check(from, to);
		return this.billing.statementCsv(customerId, from, to);
	}

	/**
	 * Customers by name or email, a page at a time, with what each owes: the page, then
	 * the balances of all its customers in one call (not one per row). Balances that do
	 * not arrive leave the page as it is, marked unavailable.
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<CustomerList> customerList(String q, List<CustomerStatus> statuses, int page, int size,
			List<String> sort) {
		return this.billing.customers(q, statuses, page, size, sort).flatMap((found) -> {
			Mono<Map<UUID, CustomerBalance>> balances = this.billing
				.balances(found.items().stream().map(Customer::id).toList())
				.map((all) -> all.stream().collect(Collectors.toMap(CustomerBalance::customerId, (b) -> b)));
			return Part.of(balances)
				.map((part) -> new CustomerList(found.items(), found.page(), found.size(), found.total(), part));
		});
	}

	/**
	 * Customers by name or email, a page at a time.
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<CustomerPage> customers(String q, List<CustomerStatus> statuses, int page, int size,
			List<String> sort) {
		return this.billing.customers(q, statuses, page, size, sort);
	}

}
