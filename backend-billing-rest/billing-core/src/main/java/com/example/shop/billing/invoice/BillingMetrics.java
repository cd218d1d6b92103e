package com.example.shop.billing.invoice;

import java.math.BigDecimal;
import java.util.Currency;

import com.example.shop.support.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The billing domain's metrics, counted once the fact commits:
 * {@code shop.billing.invoices.issued} (an order's invoice asked for again counts once),
 * {@code shop.billing.payments.recorded} and {@code shop.billing.payments.amount}, a
 * summary in <em>units of the currency</em> as the amounts are kept (two fraction digits
 * whatever the currency: 1250.50 KRW records 1250.5), tagged with the currency, so
 * amounts in different currencies are never summed.
 */
@Component
public class BillingMetrics {

	private final MeterRegistry registry;

	private final Counter issued;

	BillingMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.issued = Counter.builder("shop.billing.invoices.issued")
			.description("Invoices issued (one per order)")
			.register(registry);
	}

	void issued() {
		AfterCommit.run(this.issued::increment);
	}

	void paymentRecorded(BigDecimal amount, Currency currency) {
		Counter recorded = Counter.builder("shop.billing.payments.recorded")
			.description("Payments recorded against invoices")
			.tag("currency", currency.getCurrencyCode())
			.register(this.registry);
		DistributionSummary amounts = DistributionSummary.builder("shop.billing.payments.amount")
			.description("Amounts of recorded payments, in units of the currency tag")
			.tag("currency", currency.getCurrencyCode())
			.register(this.registry);
		AfterCommit.run(() -> {
			recorded.increment();
			amounts.record(amount.doubleValue());
		});
	}

}
