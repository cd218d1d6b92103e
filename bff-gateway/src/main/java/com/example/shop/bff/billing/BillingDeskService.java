package com.example.shop.bff.billing;

import java.util.Objects;
import java.util.UUID;

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

	private final BillingBackend billing;

	BillingDeskService(BillingBackend billing) {
		this.billing = billing;
	}

	@PreAuthorize(Roles.ANY)
	public Mono<InvoicePage> invoices(InvoiceQuery query) {
		return this.billing.invoices(query);
	}

	/**
	 * An invoice with its payments and its customer.
	 * @param invoiceId the invoice
	 * @return the detail; fails with {@code BackendNotFound} for an unknown invoice
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<InvoiceDetail> invoice(UUID invoiceId) {
		return this.billing.invoice(invoiceId)
			.flatMap((invoice) -> Mono
				.zip(Part.of(this.billing.payments(invoiceId)), Part.of(this.billing.customer(invoice.customerId())))
				.map((p) -> new InvoiceDetail(invoice, p.getT1(), p.getT2())));
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
