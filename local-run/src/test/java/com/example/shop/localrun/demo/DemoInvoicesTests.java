package com.example.shop.localrun.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing's demo data agrees with the demo orders and customers, and obeys billing's
 * rules.
 */
class DemoInvoicesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final List<DemoInvoices.Invoice> invoices = DemoInvoices.generate(TODAY, SEOUL);

	@Test
	void everyDemoOrderHasExactlyOneInvoiceForItsCustomerAndTotalDueAfterTheCustomersTerms() {
		Map<UUID, DemoCustomers.Customer> customers = DemoCustomers.all()
			.stream()
			.collect(Collectors.toMap(DemoCustomers.Customer::id, Function.identity()));
		Map<UUID, DemoInvoices.Invoice> byOrder = this.invoices.stream()
			.collect(Collectors.toMap(DemoInvoices.Invoice::orderId, Function.identity()));

		assertThat(byOrder).hasSize(DemoOrders.COUNT);
		assertThat(DemoOrders.generate(TODAY, SEOUL)).allSatisfy((order) -> {
			DemoInvoices.Invoice invoice = byOrder.get(order.id());
			assertThat(invoice.customerId()).isEqualTo(order.customerId());
			assertThat(invoice.amount()).isEqualByComparingTo(order.total());
			assertThat(invoice.number()).isEqualTo(order.number().replace("ORD-", "INV-"));
			assertThat(invoice.issueDate()).isEqualTo(order.placedAt().atZone(SEOUL).toLocalDate());
			assertThat(invoice.dueDate())
				.isEqualTo(invoice.issueDate().plusDays(customers.get(order.customerId()).paymentTermsDays()));
			assertThat(invoice.status().equals("VOID")).isEqualTo(order.status().equals("CANCELLED"));
		});
	}

	@Test
	void thereAreInvoicesInEveryStatusAndFullPartialAndInstalmentPayments() {
		assertThat(this.invoices.stream().map(DemoInvoices.Invoice::status).distinct())
			.containsExactlyInAnyOrder("OPEN", "OVERDUE", "PAID", "VOID");
		assertThat(
				this.invoices.stream().filter((i) -> !i.status().equals("PAID") && i.paidAmount().signum() > 0).count())
			.as("partly paid")
			.isGreaterThan(5);
		assertThat(this.invoices.stream().filter((i) -> i.status().equals("PAID") && i.payments().size() == 2))
			.as("paid in two instalments")
			.isNotEmpty();
		assertThat(this.invoices.stream().filter((i) -> i.status().equals("OVERDUE")).count()).isGreaterThan(5);
	}

	@Test
	void everyInvoiceObeysBillingsRules() {
		assertThat(this.invoices).allSatisfy((invoice) -> {
			BigDecimal sum = invoice.payments()
				.stream()
				.map(DemoInvoices.Payment::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(invoice.paidAmount()).isEqualByComparingTo(sum);
			assertThat(invoice.amount()).isPositive();
			assertThat(invoice.paidAmount()).isLessThanOrEqualTo(invoice.amount());
			assertThat(invoice.status().equals("PAID"))
				.isEqualTo(invoice.paidAmount().compareTo(invoice.amount()) == 0);
			if (invoice.status().equals("VOID")) {
				assertThat(invoice.payments()).isEmpty();
			}
			if (invoice.status().equals("OPEN")) {
				assertThat(invoice.dueDate()).isAfterOrEqualTo(TODAY);
			}
			if (invoice.status().equals("OVERDUE")) {
				assertThat(invoice.dueDate()).isBefore(TODAY);
			}
			assertThat(invoice.payments()).allSatisfy((payment) -> {
				assertThat(payment.amount()).isPositive();
				assertThat(payment.invoiceId()).isEqualTo(invoice.id());
				LocalDate day = payment.receivedAt().atZone(SEOUL).toLocalDate();
				assertThat(day).isAfter(invoice.issueDate()).isBefore(TODAY);
			});
		});
	}

	@Test
	void theDatasetIsTheSameOnEveryRunWithUniqueIds() {
		assertThat(DemoInvoices.generate(TODAY, SEOUL)).isEqualTo(this.invoices);
		assertThat(this.invoices.stream().map(DemoInvoices.Invoice::id).distinct()).hasSize(DemoOrders.COUNT);
		assertThat(this.invoices.stream().flatMap((i) -> i.payments().stream()).map(DemoInvoices.Payment::id))
			.doesNotHaveDuplicates();
	}

}
