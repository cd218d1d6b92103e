package com.example.shop.bff.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DashboardPeriodTests {

	@Test
	void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
		DashboardPeriod week = new DashboardPeriod(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30));

		assertThat(week.days()).isEqualTo(7);
		assertThat(week.previous())
			.isEqualTo(new DashboardPeriod(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 23)));
		assertThat(DashboardPeriod.endingOn(LocalDate.of(2026, 3, 1)))
			.isEqualTo(new DashboardPeriod(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)));
	}

	@Test
	void aPeriodRunsForwardForAtMostALeapYear() {
		LocalDate day = LocalDate.of(2026, 11, 30);
		assertThatIllegalArgumentException().isThrownBy(() -> new DashboardPeriod(day, day.minusDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new DashboardPeriod(day.minusDays(366), day));
		assertThat(new DashboardPeriod(day.minusDays(365), day).days()).isEqualTo(366);
	}

	@Test
	void theChangeIsInWholePercentOfThePreviousFigureAndNoneAfterNothing() {
		assertThat(Dashboard.percentChange(new BigDecimal("112.00"), new BigDecimal("100.00")))
			.contains(new BigDecimal("12"));
		assertThat(Dashboard.percentChange(new BigDecimal("1"), new BigDecimal("3"))).contains(new BigDecimal("-67"));
		assertThat(Dashboard.percentChange(BigDecimal.ZERO, new BigDecimal("5"))).contains(new BigDecimal("-100"));
		assertThat(Dashboard.percentChange(new BigDecimal("5"), BigDecimal.ZERO)).isEmpty();
	}

}
