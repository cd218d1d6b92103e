package com.example.shop.support.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTests {

	@Test
	void changesSurviveTheirJsonColumnExactly() {
		List<AuditChange> changes = List.of(
				AuditChange.money("creditLimit", new BigDecimal("5000000"), new BigDecimal("5856000.5"),
						Currency.getInstance("KRW")),
				AuditChange.number("paymentTermsDays", 30L, 14L, "days"),
				AuditChange.text("name", "Hanbit \"Foods\"", "한빛 식품"),
				AuditChange.status("status", null, Thread.State.NEW),
				AuditChange.date("dueDate", null, LocalDate.of(2026, 12, 4)));

		List<AuditChange> read = AuditChanges.fromJson(AuditChanges.toJson(changes));

		assertThat(read).isEqualTo(changes);
		assertThat(read.getFirst())
			.isEqualTo(new AuditChange("creditLimit", AuditChange.Kind.MONEY, "5000000.00", "5856000.50", "KRW", null));
		assertThat(read.get(3).before()).isNull();
		assertThat(read.get(3).after()).isEqualTo("NEW");
	}

	@Test
	void anEntryFromBeforeChangesWereKeptHasNoneAndAnEditWithoutChangesAnEmptyList() {
		assertThat(AuditChanges.fromJson(null)).isNull();
		assertThat(AuditChanges.toJson(List.of())).isEqualTo("[]");
		assertThat(AuditChanges.fromJson("[]")).isEmpty();
	}

}
