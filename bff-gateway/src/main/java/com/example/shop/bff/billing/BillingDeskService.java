package com.example.shop.bff.billing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Invoices, payments and customer accounts: everybody who answers customers reads them;
 * the billing team and admins record payments and open and change customers.
 */
@Service
public class BillingDeskService {

	/**
	 * A search that is an order number: {@code ORD}, an optional dash and digits, any
	 * case (orders reads {@code ord-241} as {@code ORD-000241}). Anything else is
	 * billing's to match.
	 */
	private static final Pattern ORDER_NUMBER = Pattern.compile("(?i)ORD-?[0-9]{1,12}");

	private final BillingBackend billing;

	private final OrderNumbers orders;

	BillingDeskService(BillingBackend billing, OrderNumbers orders) {
		this.billing = billing;
		this.orders = orders;
	}

	@PreAuthorize(Roles.ANY)
	public Mono<InvoicePage> invoices(InvoiceQuery query) {
		return this.billing.invoices(query);
	}

	/**
	 * A page of invoices with each one's customer name and order number, as the invoice
	 * list shows it: the page first, then the names (billing) and the numbers (orders)
	 * for the whole page in parallel, one call each. Either may be unavailable; the page
	 * is there all the same.
	 * @param query which invoices; a search that is an order number ({@code ORD-000241})
	 * is looked up at orders first and finds that order's invoice, any other search is
	 * billing's
	 * @return the page; fails with a {@code BackendFailure} when billing cannot list, or
	 * orders cannot look up the order number searched for
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<InvoiceList> invoiceList(InvoiceQuery query) {
		return matching(query).flatMap((page) -> {
			List<UUID> customerIds = page.items().stream().map(Invoice::customerId).distinct().toList();
			List<UUID> orderIds = page.items().stream().map(Invoice::orderId).distinct().toList();
			Mono<Map<UUID, String>> names = this.billing.lookup(customerIds)
				.map((customers) -> customers.stream().collect(Collectors.toMap(Customer::id, Customer::name)));
			return Mono.zip(Part.of(names), Part.of(this.orders.numbers(orderIds)))
				.map((parts) -> new InvoiceList(page.items(), page.page(), page.size(), page.total(), parts.getT1(),
						parts.getT2()));
		});
	}

	private Mono<InvoicePage> matching(InvoiceQuery query) {
		if (query.search() == null || !ORDER_NUMBER.matcher(query.search()).matches()) {
			return this.billing.invoices(query);
		}
		return this.orders.ids(List.of(query.search())).flatMap((found) -> {
			InvoiceQuery ofOrders = query.ofOrdersInsteadOfSearch(List.copyOf(found.values()));
			return ofOrders.orderIds().isEmpty() ? Mono.just(new InvoicePage(List.of(), query.page(), query.size(), 0))
					: this.billing.invoices(ofOrders);
		});
	}

	/**
	 * What customers owe today, with how many invoices are in each status as of today
	 * (what the invoice list's status filter shows beside each status).
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<ReceivablesSummary> receivables() {
		return this.billing.receivables();
	}

	/**
	 * An invoice with its payments, its customer and its order's number, the three asked
	 * in parallel once the invoice is there.
	 * @param invoiceId the invoice
	 * @return the detail; fails with {@code BackendNotFound} for an unknown invoice
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<InvoiceDetail> invoice(UUID invoiceId) {
		return this.billing.invoice(invoiceId)
			.flatMap((invoice) -> Mono
				.zip(Part.of(this.billing.payments(invoiceId)), Part.of(this.billing.customer(invoice.customerId())),
						Part.of(orderNumber(invoice.orderId())))
				.map((p) -> new InvoiceDetail(invoice, p.getT1(), p.getT2(), p.getT3())));
	}

	/**
	 * The order's number; an order orders does not know (never one the saga created) is
	 * an unavailable part, not an empty answer that would empty the whole detail.
	 */
	private Mono<String> orderNumber(UUID orderId) {
		return this.orders.numbers(List.of(orderId))
			.flatMap((numbers) -> Mono.justOrEmpty(numbers.get(orderId)))
			.switchIfEmpty(Mono
				.error(() -> new BackendNotFound(OrderNumbers.BACKEND, "orders does not know order " + orderId, null)));
	}

	/**
	 * Records a payment, partial or full. Repeating the same key records it once.
	 * @param invoiceId the invoice
	 * @param idempotencyKey a key the form mints once and reuses on retry
	 * @param payment the payment
	 * @return the payment and the invoice after it
	 */
	@PreAuthorize(Roles.BILLING_OR_ADMIN)
	public Mono<PaymentReceipt> recordPayment(UUID invoiceId, String idempotencyKey, NewPayment payment) {
		return this.billing.pay(invoiceId, idempotencyKey, payment);
	}

	/**
	 * One customer's account as it is now, with the version a change must name (the form
	 * reloads it after someone else's change).
	 * @param customerId the customer
	 * @return the account; fails with {@code BackendNotFound} for an unknown customer
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<Customer> customer(UUID customerId) {
		return this.billing.customer(customerId);
	}

	/**
	 * Opens a customer account, {@code ACTIVE} (the draft's status is ignored). Repeating
	 * the same key opens it once and answers the same.
	 * @param idempotencyKey a key the form mints once and reuses on retry
	 * @param draft the account
	 * @return the new customer, version 0
	 */
	@PreAuthorize(Roles.BILLING_OR_ADMIN)
	public Mono<Customer> openCustomer(String idempotencyKey, CustomerDraft draft) {
		return this.billing.openCustomer(idempotencyKey, draft);
	}

	/**
	 * Changes a customer: name, e-mail, credit limit, payment terms, and suspends
	 * ({@code SUSPENDED}) or reactivates ({@code ACTIVE}) it. Billing records each change
	 * in the customer's audit trail (UPDATED, SUSPENDED, REACTIVATED).
	 * @param id the customer
	 * @param version the version the user saw
	 * @param draft the customer as it should be; its status is required
	 * @return the customer after the change; fails with a {@code BackendRefusal} of kind
	 * STALE when someone changed it first, INVALID with the fields billing refused
	 */
	@PreAuthorize(Roles.BILLING_OR_ADMIN)
	public Mono<Customer> changeCustomer(UUID id, long version, CustomerDraft draft) {
		Objects.requireNonNull(draft.status(), "a change names the status");
		return this.billing.changeCustomer(id, version, draft);
	}

}
