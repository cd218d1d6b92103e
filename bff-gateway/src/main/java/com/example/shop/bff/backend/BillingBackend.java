package com.example.shop.bff.backend;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.example.shop.billing.api.CreditCheck;
import com.example.shop.billing.api.Customer;
import com.example.shop.billing.api.CustomerBalance;
import com.example.shop.billing.api.CustomerPage;
import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoicePage;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.IssueInvoiceRequest;
import com.example.shop.billing.api.Payment;
import com.example.shop.billing.api.PaymentReceipt;
import com.example.shop.billing.api.ReceivablesSummary;
import com.example.shop.billing.api.RecordPaymentRequest;
import com.example.shop.billing.api.VoidInvoiceRequest;
import reactor.core.publisher.Mono;

/**
 * The billing backend, every call budgeted, guarded by its circuit breaker and
 * classified.
 */
public class BillingBackend {

	public static final String NAME = "billing";

	private final BillingHttp http;

	private final BackendCalls calls;

	BillingBackend(BillingHttp http, BackendCalls calls) {
		this.http = http;
		this.calls = calls;
	}

	public Mono<Customer> customer(UUID id) {
		return this.calls.read((timeout) -> this.http.customer(id));
	}

	public Mono<CustomerPage> customers(String q, List<CustomerStatus> statuses, int page, int size,
			List<String> sort) {
		return this.calls.read((timeout) -> this.http.customers(q, statuses, page, size, sort));
	}

	/** Many customers in one call (at most 100 ids). */
	public Mono<List<Customer>> lookup(List<UUID> ids) {
		return ids.isEmpty() ? Mono.just(List.of()) : this.calls.read((timeout) -> this.http.lookup(ids));
	}

	public Mono<CustomerBalance> balance(UUID customerId) {
		return this.calls.read((timeout) -> this.http.balance(customerId));
	}

	public Mono<CreditCheck> creditCheck(UUID customerId, BigDecimal amount, String currency) {
		return this.calls.read((timeout) -> this.http.creditCheck(customerId, amount.toPlainString(), currency));
	}

	public Mono<InvoicePage> invoices(InvoiceQuery query) {
		return this.calls.read((timeout) -> this.http.invoices(query.orderIds(), query.customerId(), query.statuses(),
				query.page(), query.size(), query.sort()));
	}

	/** The invoice of one order, if it has been issued. */
	public Mono<java.util.Optional<Invoice>> invoiceOfOrder(UUID orderId) {
		return invoices(new InvoiceQuery(List.of(orderId), null, List.of(), 0, 1, List.of()))
			.map((page) -> page.items().stream().findFirst());
	}

	public Mono<Invoice> invoice(UUID id) {
		return this.calls.read((timeout) -> this.http.invoice(id));
	}

	public Mono<List<Payment>> payments(UUID invoiceId) {
		return this.calls.read((timeout) -> this.http.payments(invoiceId));
	}

	/**
	 * Issues an order's invoice; billing keys invoices by order id, so a repeat returns
	 * the first one.
	 */
	public Mono<Invoice> issue(IssueInvoiceRequest request) {
		return this.calls.idempotentWrite((timeout) -> this.http.issue("invoice-" + request.orderId(), request));
	}

	public Mono<Invoice> voidInvoice(UUID id, long version, String reason) {
		return this.calls
			.write((timeout) -> this.http.voidInvoice(id, "\"" + version + "\"", new VoidInvoiceRequest(reason)));
	}

	/** Records a payment; repeatable with the same key. */
	public Mono<PaymentReceipt> pay(UUID invoiceId, String idempotencyKey, RecordPaymentRequest request) {
		return this.calls.idempotentWrite((timeout) -> this.http.pay(invoiceId, idempotencyKey, request));
	}

	public Mono<ReceivablesSummary> receivables() {
		return this.calls.read((timeout) -> this.http.receivables());
	}

	/**
	 * Filters and paging of an invoice list.
	 *
	 * @param orderIds invoices of these orders, or all when empty
	 * @param customerId one customer's, or {@code null}
	 * @param statuses any of these, or all when empty
	 * @param page 0-based page
	 * @param size 1..100
	 * @param sort {@code field,asc|desc} values
	 */
	public record InvoiceQuery(List<UUID> orderIds, UUID customerId, List<InvoiceStatus> statuses, int page, int size,
			List<String> sort) {

		public InvoiceQuery {
			orderIds = (orderIds != null) ? List.copyOf(orderIds) : List.of();
			statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
			sort = (sort != null) ? List.copyOf(sort) : List.of();
		}

	}

}
