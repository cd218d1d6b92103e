package com.example.shop.bff.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.Money;

/**
 * Order figures over a range of business days, for the dashboard.
 *
 * @param from the first day
 * @param to the last day
 * @param businessZone the zone whose days these are
 * @param countsByStatus orders placed in the range by their status now, every status
 * present
 * @param revenuePerDay every day of the range, days without orders included
 * @param totalRevenue the revenue of the whole range
 */
public record OrderStats(LocalDate from, LocalDate to, String businessZone, Map<OrderStatus, Long> countsByStatus,
		List<DailyRevenue> revenuePerDay, Money totalRevenue) {

	/** The most days orders counts in one answer (a leap year); it refuses more. */
	public static final int MAX_DAYS = 366;

	/**
	 * What one day brought in; cancelled orders do not count.
	 *
	 * @param day the business day
	 * @param orders how many orders
	 * @param revenue their total
	 */
	public record DailyRevenue(LocalDate day, long orders, Money revenue) {
	}

}
