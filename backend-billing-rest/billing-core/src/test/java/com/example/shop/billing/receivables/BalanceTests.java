package com.example.shop.billing.receivables;

import java.math.BigDecimal;
import java.util.List;

import com.example.shop.billing.api.CreditDecision;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.invoice.InvoiceFigures.Unpaid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceTests {

	@Test
	void openAndOverdueAreSummedSeparatelyAndOutstandingIsBoth() {
		Balance balance = Balance.of(new BigDecimal("10000.00"),
				List.of(new Unpaid(InvoiceStatus.OPEN, -10, 2, new BigDecimal("3000.00")),
						new Unpaid(InvoiceStatus.OPEN, 0, 1, new BigDecimal("0.01")),
						new Unpaid(InvoiceStatus.OVERDUE, 3, 1, new BigDecimal("1500.00")),
						new Unpaid(InvoiceStatus.OVERDUE, 40, 2, new BigDecimal("499.99"))));

		assertThat(balance.open()).isEqualByComparingTo("3000.01");
		assertThat(balance.overdue()).isEqualByComparingTo("1999.99");
		assertThat(balance.outstanding()).isEqualByComparingTo("5000.00");
		assertThat(balance.availableCredit()).isEqualByComparingTo("5000.00");
		assertThat(balance.openInvoices()).isEqualTo(3);
		assertThat(balance.overdueInvoices()).isEqualTo(3);
	}

	@Test
	void aCustomerWithNothingUnpaidHasTheWholeLimit() {
		Balance balance = Balance.of(new BigDecimal("2500000.00"), List.of());

		assertThat(balance.outstanding()).isEqualByComparingTo("0");
		assertThat(balance.availableCredit()).isEqualByComparingTo("2500000.00");
		assertThat(balance.availableCredit().scale()).isEqualTo(2);
	}

	@Test
	void availableCreditNeverGoesBelowZeroWhenTheLimitWasLoweredUnderWhatIsOwed() {
		Balance balance = Balance.of(new BigDecimal("100.00"),
				List.of(new Unpaid(InvoiceStatus.OVERDUE, 5, 1, new BigDecimal("250.00"))));

		assertThat(balance.availableCredit()).isEqualByComparingTo("0.00");
		assertThat(balance.decide(true, new BigDecimal("0.01"))).isEqualTo(CreditDecision.CREDIT_LIMIT_EXCEEDED);
	}

	@ParameterizedTest(name = "{0} more with {1} available for an active customer: {2}")
	@CsvSource({ "0.00, 1000.00, APPROVED", "999.99, 1000.00, APPROVED", "1000.00, 1000.00, APPROVED",
			"1000.01, 1000.00, CREDIT_LIMIT_EXCEEDED", "0.01, 0.00, CREDIT_LIMIT_EXCEEDED" })
	void anAmountFitsWhenItIsAtMostTheAvailableCredit(BigDecimal amount, BigDecimal limit, CreditDecision decision) {
		assertThat(Balance.of(limit, List.of()).decide(true, amount)).isEqualTo(decision);
	}

	@Test
	void aSuspendedCustomerFailsEveryCreditCheck() {
		Balance balance = Balance.of(new BigDecimal("1000000.00"), List.of());

		assertThat(balance.decide(false, new BigDecimal("1.00"))).isEqualTo(CreditDecision.CUSTOMER_SUSPENDED);
	}

}
