package com.example.shop.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.customer.CustomerAccount;
import com.example.shop.support.domain.DomainRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CustomerInvoiceTests {

	private static final Currency KRW = Currency.getInstance("KRW");

	private static final LocalDate ISSUED = LocalDate.parse("2026-11-20");

	private static final LocalDate DUE = LocalDate.parse("2026-12-20");

	private static final Instant AT = Instant.parse("2026-11-20T01:00:00Z");

	private static final Instant LATER = AT.plusSeconds(3600);

	@Test
	void aNewInvoiceIsOpenUnpaidAndDueAfterTheCustomersTerms() {
		CustomerAccount customer = customer(45);

		CustomerInvoice invoice = CustomerInvoice.issue(UUID.randomUUID(), "INV-000001", UUID.randomUUID(), customer,
				new BigDecimal("1250.00"), ISSUED, AT);

		assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.parse("2027-01-04"));
		assertThat(invoice.paidAmount()).isEqualByComparingTo("0");
		assertThat(invoice.outstanding()).isEqualByComparingTo("1250.00");
		assertThat(invoice.customerId()).isEqualTo(customer.id());
		assertThat(invoice.currency()).isEqualTo(KRW);
		assertThat(invoice.version()).isZero();
	}

	@Test
	void invoicesWithImmediateTermsAreDueOnTheDayTheyAreIssued() {
		CustomerInvoice invoice = CustomerInvoice.issue(UUID.randomUUID(), "INV-000001", UUID.randomUUID(), customer(0),
				new BigDecimal("1.00"), ISSUED, AT);

		assertThat(invoice.dueDate()).isEqualTo(ISSUED);
		assertThat(invoice.statusOn(ISSUED)).isEqualTo(InvoiceStatus.OPEN);
		assertThat(invoice.statusOn(ISSUED.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
	}

	@ParameterizedTest(name = "amount {0} is refused")
	@CsvSource({ "0.00", "0" })
	void anInvoiceForNothingIsRefused(BigDecimal amount) {
		assertThatExceptionOfType(DomainRefusal.Invalid.class)
			.isThrownBy(() -> CustomerInvoice.issue(UUID.randomUUID(), "INV-000001", UUID.randomUUID(), customer(30),
					amount, ISSUED, AT))
			.satisfies((ex) -> assertThat(ex.violations().getFirst().field()).isEqualTo("amount.amount"));
	}

	@Test
	void anOpenInvoiceReadsAsOverdueTheDayAfterItsDueDateWithoutBeingChanged() {
		CustomerInvoice invoice = invoice(InvoiceStatus.OPEN, "1000.00", "0.00");

		assertThat(invoice.statusOn(DUE)).isEqualTo(InvoiceStatus.OPEN);
		assertThat(invoice.daysOverdueOn(DUE)).isZero();
		assertThat(invoice.statusOn(DUE.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
		assertThat(invoice.daysOverdueOn(DUE.plusDays(1))).isEqualTo(1);
		assertThat(invoice.daysOverdueOn(DUE.plusDays(95))).isEqualTo(95);
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
	}

	@ParameterizedTest(name = "{0} on the day after its due date reads as {1}")
	@CsvSource({ "OVERDUE, OVERDUE", "PAID, PAID", "VOID, VOID" })
	void onlyAnOpenInvoiceTurnsOverdueByItself(InvoiceStatus stored, InvoiceStatus read) {
		String paid = (stored == InvoiceStatus.PAID) ? "1000.00" : "0.00";

		CustomerInvoice invoice = invoice(stored, "1000.00", paid);

		assertThat(invoice.statusOn(DUE.plusDays(1))).isEqualTo(read);
		assertThat(invoice.daysOverdueOn(DUE.plusDays(1))).isEqualTo((read == InvoiceStatus.OVERDUE) ? 1 : 0);
	}

	/**
	 * Every (status today, target) pair: pay in full (-> PAID), void (-> VOID), persist
	 * overdue (-> OVERDUE), whether the invoice is still within its terms or past them.
	 */
	@ParameterizedTest(name = "{0} (past due: {1}) -> {2} is allowed: {3}")
	@CsvSource({ "OPEN, false, PAID, true", "OPEN, false, VOID, true", "OPEN, false, OVERDUE, false",
			"OPEN, true, PAID, true", "OPEN, true, VOID, true", "OPEN, true, OVERDUE, true",
			"OVERDUE, true, PAID, true", "OVERDUE, true, VOID, true", "OVERDUE, true, OVERDUE, false",
			"PAID, false, PAID, false", "PAID, false, VOID, false", "PAID, true, OVERDUE, false",
			"VOID, false, PAID, false", "VOID, false, VOID, false", "VOID, true, OVERDUE, false" })
	void everyTransitionIsAllowedOnlyAlongTheLifecycle(InvoiceStatus from, boolean pastDue, InvoiceStatus to,
			boolean allowed) {
		String paid = (from == InvoiceStatus.PAID) ? "1000.00" : "0.00";
		CustomerInvoice invoice = invoice(from, "1000.00", paid);
		LocalDate today = pastDue ? DUE.plusDays(3) : DUE;

		if (allowed) {
			CustomerInvoice next = act(invoice, to, today);
			assertThat(next.status()).isEqualTo(to);
			assertThat(next.statusOn(today)).isEqualTo(to);
			assertThat(next.version()).isEqualTo(invoice.version() + 1);
			assertThat(next.updatedAt()).isEqualTo(LATER);
			assertThat(next.createdAt()).isEqualTo(AT);
		}
		else {
			assertThatExceptionOfType(DomainRefusal.Conflict.class).isThrownBy(() -> act(invoice, to, today));
		}
	}

	@Test
	void thePaymentThatReachesTheAmountMakesTheInvoicePaidAndPartialOnesKeepItOpen() {
		CustomerInvoice invoice = invoice(InvoiceStatus.OPEN, "1000.00", "0.00");

		CustomerInvoice first = invoice.pay(new BigDecimal("300.00"), DUE, LATER);
		CustomerInvoice second = first.pay(new BigDecimal("699.99"), DUE, LATER);
		CustomerInvoice last = second.pay(new BigDecimal("0.01"), DUE, LATER);

		assertThat(first.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(first.paidAmount()).isEqualByComparingTo("300.00");
		assertThat(first.outstanding()).isEqualByComparingTo("700.00");
		assertThat(second.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(second.outstanding()).isEqualByComparingTo("0.01");
		assertThat(last.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(last.paidAmount()).isEqualByComparingTo("1000.00");
		assertThat(last.outstanding()).isEqualByComparingTo("0");
		assertThat(last.version()).isEqualTo(invoice.version() + 3);
	}

	@Test
	void aPartialPaymentOnAnInvoicePastDuePersistsOverdue() {
		CustomerInvoice invoice = invoice(InvoiceStatus.OPEN, "1000.00", "0.00");

		CustomerInvoice paidInPart = invoice.pay(new BigDecimal("100.00"), DUE.plusDays(1), LATER);

		assertThat(paidInPart.status()).isEqualTo(InvoiceStatus.OVERDUE);
		assertThat(paidInPart.outstanding()).isEqualByComparingTo("900.00");
	}

	@Test
	void anOverpaymentIsRefusedAndSaysWhatIsOutstanding() {
		CustomerInvoice invoice = invoice(InvoiceStatus.OVERDUE, "1000.00", "400.00");

		assertThatExceptionOfType(DomainRefusal.Conflict.class)
			.isThrownBy(() -> invoice.pay(new BigDecimal("600.01"), DUE.plusDays(2), LATER))
			.satisfies((ex) -> {
				assertThat(ex.type().toString()).endsWith("/overpayment");
				assertThat(ex.properties()).containsEntry("outstandingAmount", "600.00");
			});
	}

	@ParameterizedTest(name = "stored {0} with {1} paid, on the day after its due date, is payable: {2}")
	@CsvSource({ "OPEN, 0.00, true", "OPEN, 400.00, true", "OVERDUE, 0.00, true", "PAID, 1000.00, false",
			"VOID, 0.00, false" })
	void anInvoiceIsPayableExactlyWhileItTakesAPayment(InvoiceStatus status, String paid, boolean payable) {
		CustomerInvoice invoice = invoice(status, "1000.00", paid);

		assertThat(invoice.payableOn(DUE.plusDays(1))).isEqualTo(payable);
		assertThat(invoice.payableOn(ISSUED)).isEqualTo(payable);
		if (payable) {
			assertThat(invoice.pay(new BigDecimal("1.00"), DUE.plusDays(1), LATER).paidAmount())
				.isEqualByComparingTo(new BigDecimal(paid).add(BigDecimal.ONE));
		}
		else {
			assertThatExceptionOfType(DomainRefusal.Conflict.class)
				.isThrownBy(() -> invoice.pay(new BigDecimal("1.00"), DUE.plusDays(1), LATER));
		}
	}

	@ParameterizedTest(name = "a payment on a {0} invoice is refused")
	@CsvSource({ "VOID, 0.00", "PAID, 1000.00" })
	void paymentsOnVoidOrPaidInvoicesAreRefused(InvoiceStatus status, String paid) {
		CustomerInvoice invoice = invoice(status, "1000.00", paid);

		assertThatExceptionOfType(DomainRefusal.Conflict.class)
			.isThrownBy(() -> invoice.pay(new BigDecimal("1.00"), DUE, LATER))
			.satisfies((ex) -> assertThat(ex.type().toString()).endsWith("/invoice-not-payable"));
	}

	@Test
	void aPaymentOfNothingIsInvalid() {
		CustomerInvoice invoice = invoice(InvoiceStatus.OPEN, "1000.00", "0.00");

		assertThatExceptionOfType(DomainRefusal.Invalid.class)
			.isThrownBy(() -> invoice.pay(new BigDecimal("0.00"), DUE, LATER));
	}

	@ParameterizedTest(name = "{0} with {1} paid cannot be voided")
	@CsvSource({ "OPEN, 0.01", "OVERDUE, 500.00", "PAID, 1000.00" })
	void anInvoiceWithAnyPaymentIsNeverVoided(InvoiceStatus status, String paid) {
		CustomerInvoice invoice = invoice(status, "1000.00", paid);

		assertThatExceptionOfType(DomainRefusal.Conflict.class)
			.isThrownBy(() -> invoice.voided("order cancelled", DUE, LATER))
			.satisfies((ex) -> assertThat(ex.type().toString()).endsWith("/invoice-has-payments"));
	}

	@Test
	void aVoidInvoiceKeepsItsReasonAndOwesNothing() {
		CustomerInvoice voided = invoice(InvoiceStatus.OVERDUE, "1000.00", "0.00").voided("order cancelled",
				DUE.plusDays(5), LATER);

		assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
		assertThat(voided.voidReason()).isEqualTo("order cancelled");
		assertThat(voided.outstanding()).isEqualByComparingTo("0");
		assertThat(voided.statusOn(DUE.plusDays(100))).isEqualTo(InvoiceStatus.VOID);
	}

	@Test
	void markingOverdueBeforeTheDueDateHasPassedIsRefused() {
		CustomerInvoice invoice = invoice(InvoiceStatus.OPEN, "1000.00", "0.00");

		assertThatExceptionOfType(DomainRefusal.Conflict.class).isThrownBy(() -> invoice.markOverdue(DUE, LATER))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("dueDate", "2026-12-20"));
	}

	private static CustomerInvoice act(CustomerInvoice invoice, InvoiceStatus target, LocalDate today) {
		return switch (target) {
			// Whatever is outstanding; a paid or void invoice owes nothing, so try one
			// won.
			case PAID -> invoice.pay((invoice.outstanding().signum() > 0) ? invoice.outstanding() : BigDecimal.ONE,
					today, LATER);
			case VOID -> invoice.voided(null, today, LATER);
			case OVERDUE -> invoice.markOverdue(today, LATER);
			case OPEN -> throw new IllegalArgumentException("nothing goes back to open");
		};
	}

	private static CustomerInvoice invoice(InvoiceStatus status, String amount, String paid) {
		return new CustomerInvoice(UUID.randomUUID(), "INV-000007", UUID.randomUUID(), UUID.randomUUID(), status, KRW,
				new BigDecimal(amount), new BigDecimal(paid), ISSUED, DUE, null, AT, AT, 4);
	}

	private static CustomerAccount customer(int terms) {
		return new CustomerAccount(UUID.randomUUID(), "Hanbit Foods", "ap@hanbit.example.com", KRW,
				new BigDecimal("5000000.00"), terms, CustomerStatus.ACTIVE, AT, AT, 0);
	}

}
