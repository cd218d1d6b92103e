package com.example.shop.bff.billing;

import java.util.UUID;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Invoices and payments: everybody who answers customers reads them; the billing team and
 * admins record payments.
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

}
