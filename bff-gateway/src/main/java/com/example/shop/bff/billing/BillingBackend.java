package com.example.shop.bff.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Money;
import reactor.core.publisher.Mono;

/**
 * What the BFF needs from the billing service (customers, invoices, payments), in the
 * BFF's own records. Implemented in {@code bff.backend} (budgeted, retried where safe,
 * behind a circuit breaker, failures classified as {@code BackendFailure}s); the BFF's
 * services use it, views never do.
 */
public interface BillingBackend {

	/** The backend's name in failures, parts and circuit breakers. */
	String NAME = "billing";

	Mono<Customer> customer(UUID id);

	Mono<CustomerPage> customers(String q, List<CustomerStatus> statuses, int page, int size, List<String> sort);

	/** Many customers in one call (at most 100 ids). */
	Mono<List<Customer>> lookup(List<UUID> ids);

	/**
	 * Opens a customer account ({@code ACTIVE}); repeatable with the same key, so
	 * retried.
	 */
	Mono<Customer> openCustomer(String idempotencyKey, CustomerDraft draft);

	/**
	 * Changes a customer (name, e-mail, credit limit, terms, status) based on the version
	 * seen; never retried. Refused as STALE when someone changed it first.
	 */
	Mono<Customer> changeCustomer(UUID id, long version, CustomerDraft draft);

	Mono<CustomerBalance> balance(UUID customerId);

	/**
	 * Many customers' balances in one call (at most 100 ids), in the order asked; unknown
	 * customers are left out.
	 */
	Mono<List<CustomerBalance>> balances(List<UUID> customerIds);

	Mono<CreditCheck> creditCheck(UUID customerId, BigDecimal amount, String currency);

	Mono<InvoicePage> invoices(InvoiceQuery query);

	/** The invoice of one order, if it has been issued. */
	default Mono<Optional<Invoice>> invoiceOfOrder(UUID orderId) {
		return invoices(InvoiceQuery.ofOrder(orderId)).map((page) -> page.items().stream().findFirst());
	}

	Mono<Invoice> invoice(UUID id);

	Mono<List<Payment>> payments(UUID invoiceId);

	/**
	 * Issues an order's invoice; billing keys invoices by order id, so a repeat returns
	 * the first one.
	 */
	Mono<Invoice> issue(UUID orderId, UUID customerId, Money amount);

	/**
	 * Voids the invoice of an order being cancelled, or makes sure none is ever issued;
	 * idempotent, so retried. Refused (invoice-has-payments) once it has payments.
	 * @return the voided invoice, or empty if none was issued
	 */
	Mono<Optional<Invoice>> voidForOrder(UUID orderId, String reason);

	/** Voids an invoice based on the version seen; never retried. */
	Mono<Invoice> voidInvoice(UUID id, long version, String reason);

	/** Records a payment; repeatable with the same key. */
	Mono<PaymentReceipt> pay(UUID invoiceId, String idempotencyKey, NewPayment payment);

	/** Everyone's receivables today. */
	default Mono<ReceivablesSummary> receivables() {
		return receivables(null);
	}

	/**
	 * Receivables today: everyone's, or one customer's (with their ageing).
	 * @param customerId one customer's, or {@code null} for everyone's
	 */
	Mono<ReceivablesSummary> receivables(UUID customerId);

	/**
	 * A customer's statement over business days {@code from}..{@code to}; billing's
	 * defaults (last month) for a bound left {@code null}.
	 */
	Mono<Statement> statement(UUID customerId, LocalDate from, LocalDate to);

	/** The same statement as billing's accountant's CSV file, its bytes untouched. */
	Mono<StatementFile> statementCsv(UUID customerId, LocalDate from, LocalDate to);

	/** The invoice's audit trail, newest first, at most {@code size} entries. */
	Mono<AuditTrail> invoiceAudit(UUID id, int size);

	/** The customer's audit trail, newest first, at most {@code size} entries. */
	Mono<AuditTrail> customerAudit(UUID id, int size);

}
