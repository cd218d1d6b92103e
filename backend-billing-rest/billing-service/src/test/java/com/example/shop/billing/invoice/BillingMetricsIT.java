package com.example.shop.billing.invoice;

import java.util.UUID;

import com.example.shop.billing.BillingApiTest;
import com.example.shop.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing domain metrics as Prometheus scrapes them from the management port, after
 * real calls: an invoice asked for again counts once, payments count and sum in units of
 * their currency (fractions kept), a refused payment counts nothing.
 */
class BillingMetricsIT extends BillingApiTest {

	@Value("${local.management.port}")
	int managementPort;

	@Test
	void invoicesCountOnceAndPaymentsCountAndSumPerCurrency() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		String order = UUID.randomUUID().toString();
		PrometheusScrape before = PrometheusScrape.from(this.managementPort);

		String invoice = this.billing.issue("metrics-issue-1", order, customer, "1000").json().path("id").asString();
		this.billing.issue("metrics-issue-1", order, customer, "1000");
		this.billing.issue("metrics-issue-2", order, customer, "1000");
		this.billing.pay(invoice, "metrics-pay-1", "250");
		this.billing.pay(invoice, "metrics-pay-1", "250");
		this.billing.pay(invoice, "metrics-pay-2", "700.50");
		var refused = this.billing.pay(invoice, "metrics-pay-3", "100");
		this.billing.pay(invoice, "metrics-pay-4", "49.50");
		PrometheusScrape after = PrometheusScrape.from(this.managementPort);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(after.increaseSince(before, "shop_billing_invoices_issued_total")).isEqualTo(1);
		assertThat(after.increaseSince(before, "shop_billing_payments_recorded_total", "currency", "KRW")).isEqualTo(3);
		assertThat(after.increaseSince(before, "shop_billing_payments_amount_count", "currency", "KRW")).isEqualTo(3);
		assertThat(after.increaseSince(before, "shop_billing_payments_amount_sum", "currency", "KRW")).isEqualTo(1000);
	}

	@Test
	void theManagementPortExportsEveryMetricTheDashboardsAndRulesUseAndThePublicPortNone() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		String invoice = this.billing.invoice(customer, "1000");
		this.billing.pay(invoice, "metrics-names-pay", "10");

		PrometheusScrape scrape = PrometheusScrape.from(this.managementPort);

		scrape.assertExportsEverythingListedFor("billing");
		// The latency SLO's threshold, an exact bucket the alert rules read.
		assertThat(scrape.has("http_server_requests_seconds_bucket", "application", "billing", "le", "0.5")).isTrue();
		PrometheusScrape.assertNotServedBy(this.http);
	}

}
