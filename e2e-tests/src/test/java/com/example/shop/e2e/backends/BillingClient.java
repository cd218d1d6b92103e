package com.example.shop.e2e.backends;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.example.shop.billing.api.CreateCustomerRequest;
import com.example.shop.billing.api.Customer;
import com.example.shop.billing.api.CustomerBalance;
import com.example.shop.billing.api.CustomerPage;
import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoicePage;
import com.example.shop.billing.api.Money;
import com.example.shop.billing.api.Payment;

/** The billing backend over REST: customers, invoices, payments and balances. */
public final class BillingClient {

	private final Rest rest;

	BillingClient(String baseUrl, Supplier<String> token) {
		this.rest = new Rest(baseUrl, token);
	}

	public Customer createCustomer(String name, String email, String creditLimit) {
		return this.rest.post("/api/v1/customers",
				new CreateCustomerRequest(name, email, new Money(creditLimit, "KRW"), 30), Customer.class,
				"Idempotency-Key", UUID.randomUUID().toString());
	}

	/** The customers whose name or e-mail contains this text. */
	public List<Customer> customersMatching(String text) {
		return this.rest
			.get("/api/v1/customers?size=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), CustomerPage.class)
			.items();
	}

	public CustomerBalance balance(UUID customerId) {
		return this.rest.get("/api/v1/customers/" + customerId + "/balance", CustomerBalance.class);
	}

	/** The invoice issued for an order, if any. */
	public Optional<Invoice> invoiceOf(UUID orderId) {
		return this.rest.get("/api/v1/invoices?orderId=" + orderId, InvoicePage.class).items().stream().findFirst();
	}

	/** Every invoice of a customer. */
	public List<Invoice> invoicesOf(UUID customerId) {
		return this.rest.get("/api/v1/invoices?size=100&customerId=" + customerId, InvoicePage.class).items();
	}

	public List<Payment> payments(UUID invoiceId) {
		return List.of(this.rest.get("/api/v1/invoices/" + invoiceId + "/payments", Payment[].class));
	}

	/** Records a payment straight on billing (arranging a paid invoice). */
	public void pay(UUID invoiceId, String amount) {
		this.rest.post(
				"/api/v1/invoices/" + invoiceId + "/payments", Map.of("amount",
						Map.of("amount", amount, "currency", "KRW"), "method", "BANK_TRANSFER", "reference", "e2e"),
				Map.class, "Idempotency-Key", UUID.randomUUID().toString());
	}

}
