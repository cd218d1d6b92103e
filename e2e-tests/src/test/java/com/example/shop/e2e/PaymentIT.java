package com.example.shop.e2e;

import com.example.shop.billing.api.CustomerBalance;
import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.InvoicePage;
import com.example.shop.e2e.pages.InvoicesPage;
import com.example.shop.e2e.pages.Shell;
import com.example.shop.e2e.pages.vaadin.Notifications;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying an invoice in two parts: after the first, the invoice is still open with the
 * rest outstanding and the customer's balance owes the rest; after the second it is paid
 * and the balance is clear.
 */
@EndToEnd
class PaymentIT {

	@Test
	void aPartialPaymentThenTheRestPaysTheInvoiceAndClearsTheBalance(Shop shop) {
		TestCustomer customer = shop.data().customer("Gangnam Dental Clinic", "5000000");
		TestProduct desk = shop.data().product("Standing desk", 150_000, 10);
		BffClient.Placed order = shop.data().placedOrder(customer, desk, 2);

		Shell billing = shop.signIn(Role.BILLING);
		InvoicesPage invoices = billing.invoices();
		assertThat(invoices.row(order.invoiceNumber())).contains("Open", "₩300,000");
		InvoicePage invoice = invoices.open(order.invoiceNumber());
		assertThat(invoice.status()).hasText("Open");
		assertThat(invoice.facts().value("Outstanding")).hasText("₩300,000");

		invoice.recordPayment(order.invoiceNumber()).pay("100000", "bank 2211");
		Notifications.expectSuccess(billing.page(), "Payment of ₩100,000 recorded on invoice " + order.invoiceNumber());
		assertThat(invoice.facts().value("Paid")).hasText("₩100,000");
		assertThat(invoice.facts().value("Outstanding")).hasText("₩200,000");
		assertThat(invoice.status()).hasText("Open");
		assertThat(invoice.payments().cell("₩100,000")).isVisible();

		Invoice afterFirst = shop.backends().billing().invoiceOf(order.orderId()).orElseThrow();
		assertThat(afterFirst.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(afterFirst.outstandingAmount().amount()).isEqualTo("200000.00");
		CustomerBalance owing = shop.backends().billing().balance(customer.id());
		assertThat(owing.outstanding().amount()).isEqualTo("200000.00");
		assertThat(owing.availableCredit().amount()).isEqualTo("4800000.00");

		var rest = invoice.recordPayment(order.invoiceNumber());
		rest.amount().assertValue("200000.00");
		rest.pay("200000", "bank 2212");
		assertThat(invoice.status()).hasText("Paid");
		assertThat(invoice.facts().value("Outstanding")).hasText("₩0");
		assertThat(invoice.recordPaymentButton()).isHidden();

		Invoice paid = shop.backends().billing().invoiceOf(order.orderId()).orElseThrow();
		assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(paid.paidAmount().amount()).isEqualTo("300000.00");
		assertThat(shop.backends().billing().payments(paid.id())).hasSize(2);
		CustomerBalance clear = shop.backends().billing().balance(customer.id());
		assertThat(clear.outstanding().amount()).isEqualTo("0.00");
		assertThat(clear.availableCredit().amount()).isEqualTo("5000000.00");
	}

}
