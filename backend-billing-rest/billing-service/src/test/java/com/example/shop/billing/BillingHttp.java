package com.example.shop.billing;

import java.util.Map;
import java.util.UUID;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.TestIssuer;

/**
 * The billing API as the integration tests call it: plain HTTP on loopback, with the few
 * requests most tests need to set the scene.
 */
public final class BillingHttp {

	private final LoopbackHttp http;

	/**
	 * A client signed in as an admin through the UI, allowed everything: who may do what
	 * is BillingSecurityIT's subject.
	 */
	public BillingHttp(int port) {
		this.http = new LoopbackHttp(port).withBearer(TestIssuer.get().tokenFor("tester", "ADMIN"));
	}

	public LoopbackHttp raw() {
		return this.http;
	}

	public LoopbackHttp.Response createCustomer(String key, String body) {
		return this.http.post("/api/v1/customers", body, "Idempotency-Key", key);
	}

	/** Opens an active customer and returns its id. */
	public String customer(String name, String creditLimit, int paymentTermsDays) {
		var response = createCustomer("customer-" + UUID.randomUUID(),
				customerBody(name, creditLimit, paymentTermsDays));
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create a customer: " + response.body());
		}
		return response.json().path("id").asString();
	}

	public LoopbackHttp.Response issue(String key, String orderId, String customerId, String amount) {
		return this.http.post("/api/v1/invoices", invoiceBody(orderId, customerId, amount), "Idempotency-Key", key);
	}

	/** Issues an invoice for a new order and returns its id. */
	public String invoice(String customerId, String amount) {
		var response = issue("issue-" + UUID.randomUUID(), UUID.randomUUID().toString(), customerId, amount);
		if (response.status() != 201) {
			throw new IllegalStateException("Could not issue an invoice: " + response.body());
		}
		return response.json().path("id").asString();
	}

	public LoopbackHttp.Response pay(String invoiceId, String key, String amount) {
		return this.http.post("/api/v1/invoices/" + invoiceId + "/payments", paymentBody(amount), "Idempotency-Key",
				key);
	}

	public LoopbackHttp.Response voidInvoice(String invoiceId, String ifMatch) {
		return this.http.post("/api/v1/invoices/" + invoiceId + "/void", "{\"reason\": \"order cancelled\"}",
				"If-Match", ifMatch);
	}

	public LoopbackHttp.Response get(String path, String... headers) {
		return this.http.get(path, headers);
	}

	public static String customerBody(String name, String creditLimit, int paymentTermsDays) {
		return LoopbackHttp
			.json(Map.of("name", name, "email", "ap@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example.com",
					"creditLimit", money(creditLimit), "paymentTermsDays", paymentTermsDays));
	}

	public static String invoiceBody(String orderId, String customerId, String amount) {
		return LoopbackHttp.json(Map.of("orderId", orderId, "customerId", customerId, "amount", money(amount)));
	}

	public static String paymentBody(String amount) {
		return LoopbackHttp.json(Map.of("amount", money(amount), "method", "BANK_TRANSFER", "reference", "TRX-1"));
	}

	public static Map<String, String> money(String amount) {
		return Map.of("amount", amount, "currency", "KRW");
	}

}
