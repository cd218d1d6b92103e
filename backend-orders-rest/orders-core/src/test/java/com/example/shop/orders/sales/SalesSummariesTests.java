package com.example.shop.orders.sales;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the summary cuts the days it computes into runs, each one range query. */
class SalesSummariesTests {

	@Test
	void daysAreSortedWithoutRepeatsAndCutWhereOneDoesNotFollowTheLast() {
		LocalDate d = LocalDate.of(2026, 11, 28);

		var runs = SalesSummaries
			.consecutiveRuns(List.of(d.plusDays(5), d, d.plusDays(1), d.plusDays(2), d.plusDays(1), d.minusDays(30)));

		assertThat(runs).containsExactly(List.of(d.minusDays(30)), List.of(d, d.plusDays(1), d.plusDays(2)),
				List.of(d.plusDays(5)));
		assertThat(SalesSummaries.consecutiveRuns(List.of())).isEmpty();
	}

}
