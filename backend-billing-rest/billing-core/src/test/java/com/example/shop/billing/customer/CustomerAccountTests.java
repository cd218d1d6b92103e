package com.example.shop.billing.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import com.example.shop.billing.api.CustomerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerAccountTests {

	private static final Currency KRW = Currency.getInstance("KRW");

	private static final Instant AT = Instant.parse("2026-11-20T01:00:00Z");

	@Test
	void aNewAccountIsActiveAtVersionZeroWithTrimmedNames() {
		CustomerAccount customer = CustomerAccount.open(UUID.randomUUID(), "  Hanbit Foods ", " ap@hanbit.example.com ",
				KRW, new BigDecimal("5000000.00"), 30, AT);

		assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
		assertThat(customer.active()).isTrue();
		assertThat(customer.name()).isEqualTo("Hanbit Foods");
		assertThat(customer.email()).isEqualTo("ap@hanbit.example.com");
		assertThat(customer.version()).isZero();
		assertThat(customer.createdAt()).isEqualTo(customer.updatedAt()).isEqualTo(AT);
	}

	@ParameterizedTest(name = "issued {0} with {1} days' terms is due {2}")
	@CsvSource({ "2026-11-20, 30, 2026-12-20", "2026-11-20, 0, 2026-11-20", "2026-12-31, 14, 2027-01-14",
			"2028-02-15, 14, 2028-02-29", "2026-11-20, 365, 2027-11-20" })
	void theDueDateIsTheIssueDatePlusTheTermsInCalendarDays(LocalDate issued, int terms, LocalDate due) {
		CustomerAccount customer = CustomerAccount.open(UUID.randomUUID(), "A", "a@example.com", KRW, BigDecimal.TEN,
				terms, AT);

		assertThat(customer.dueDateFor(issued)).isEqualTo(due);
	}

	@Test
	void aChangeBumpsTheVersionAndKeepsIdentityCurrencyAndCreation() {
		CustomerAccount customer = CustomerAccount.open(UUID.randomUUID(), "A", "a@example.com", KRW, BigDecimal.TEN,
				30, AT);
		Instant later = AT.plusSeconds(60);

		CustomerAccount changed = customer.changedTo(" B ", "b@example.com", new BigDecimal("20.00"), 14,
				CustomerStatus.SUSPENDED, later);

		assertThat(changed.id()).isEqualTo(customer.id());
		assertThat(changed.name()).isEqualTo("B");
		assertThat(changed.creditLimit()).isEqualByComparingTo("20.00");
		assertThat(changed.paymentTermsDays()).isEqualTo(14);
		assertThat(changed.active()).isFalse();
		assertThat(changed.currency()).isEqualTo(KRW);
		assertThat(changed.createdAt()).isEqualTo(AT);
		assertThat(changed.updatedAt()).isEqualTo(later);
		assertThat(changed.version()).isEqualTo(1);
	}

}
