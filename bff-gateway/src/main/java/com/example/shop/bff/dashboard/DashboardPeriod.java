package com.example.shop.bff.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.example.shop.bff.order.OrderStats;

/**
 * The business days the dashboard's order figures cover, both ends included.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}, at most {@link #MAX_DAYS} days in all
 * (what orders' stats accept)
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

	/** The longest period, in days: what orders' stats accept. */
	public static final int MAX_DAYS = OrderStats.MAX_DAYS;

	/** The period when none is asked for: the last 30 days, today included. */
	public static final int DEFAULT_DAYS = 30;

	public DashboardPeriod {
		if (from == null || to == null) {
			throw new IllegalArgumentException("from and to are both needed");
		}
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from must not be after to");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days");
		}
	}

	/** The last {@link #DEFAULT_DAYS} days up to {@code today}. */
	public static DashboardPeriod endingOn(LocalDate today) {
		return new DashboardPeriod(today.minusDays(DEFAULT_DAYS - 1), today);
	}

	/** How many days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The period of the same length that ends the day before this one starts. */
	public DashboardPeriod previous() {
		return new DashboardPeriod(this.from.minusDays(days()), this.from.minusDays(1));
	}

}
