package com.example.shop.billing.audit;

import java.math.BigDecimal;
import java.util.Currency;

import com.example.shop.support.domain.DomainRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditDetailTests {

	private static final Currency KRW = Currency.getInstance("KRW");

	@Test
	void changesListOnlyWhatDifferedOldToNew() {
		String detail = AuditDetail.changes()
			.change("status", "ACTIVE", "ACTIVE")
			.change("credit limit", new BigDecimal("1000.00"), new BigDecimal("1000"), KRW)
			.change("credit limit", new BigDecimal("100.00"), new BigDecimal("120.00"), KRW)
			.change("terms", 30, 14, "days")
			.change("terms", 7, 7, "days")
			.quotedChange("name", "A", "B")
			.quotedChange("email", "a@example.com", "a@example.com")
			.orElse("saved without changes");

		assertThat(detail).isEqualTo("credit limit 100.00 → 120.00 KRW; terms 30 → 14 days; name \"A\" → \"B\"");
		assertThat(AuditDetail.changes().change("status", "A", "A").orElse("saved without changes"))
			.isEqualTo("saved without changes");
	}

	@Test
	void aTrailIsOneToAHundredEntriesFiftyByDefault() {
		assertThat(AuditLog.checkedSize(null)).isEqualTo(50);
		assertThat(AuditLog.checkedSize(1)).isEqualTo(1);
		assertThat(AuditLog.checkedSize(100)).isEqualTo(100);
		for (int size : new int[] { 0, -1, 101, Integer.MAX_VALUE }) {
			assertThatThrownBy(() -> AuditLog.checkedSize(size)).isInstanceOf(DomainRefusal.Invalid.class)
				.hasMessageContaining("size");
		}
	}

}
