package com.example.shop.billing.audit;

import java.math.BigDecimal;
import java.util.Currency;

import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.domain.DomainRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditDetailTests {

	private static final Currency KRW = Currency.getInstance("KRW");

	@Test
	void changesListOnlyWhatDifferedOldToNew() {
		AuditDetail changes = AuditDetail.changes()
			.status("status", Thread.State.NEW, Thread.State.NEW)
			.money("credit limit", "creditLimit", new BigDecimal("1000.00"), new BigDecimal("1000"), KRW)
			.money("credit limit", "creditLimit", new BigDecimal("100.00"), new BigDecimal("120.00"), KRW)
			.number("terms", "paymentTermsDays", 30, 14, "days")
			.number("terms", "paymentTermsDays", 7, 7, "days")
			.quotedChange("name", "name", "A", "B")
			.quotedChange("email", "email", "a@example.com", "a@example.com");
		String detail = changes.orElse("saved without changes");

		assertThat(detail).isEqualTo("credit limit 100.00 → 120.00 KRW; terms 30 → 14 days; name \"A\" → \"B\"");
		assertThat(changes.asData()).containsExactly(
				new AuditChange("creditLimit", AuditChange.Kind.MONEY, "100.00", "120.00", "KRW", null),
				new AuditChange("paymentTermsDays", AuditChange.Kind.NUMBER, "30", "14", null, "days"),
				new AuditChange("name", AuditChange.Kind.TEXT, "A", "B", null, null));
		AuditDetail none = AuditDetail.changes().status("status", Thread.State.NEW, Thread.State.NEW);
		assertThat(none.orElse("saved without changes")).isEqualTo("saved without changes");
		assertThat(none.asData()).isEmpty();
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
