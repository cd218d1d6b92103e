package com.example.shop.orders.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures for a dashboard over a range of business days.
 *
 * @param from first business day, inclusive
 * @param to last business day, inclusive
 * @param businessZone the zone that defines the business days
 * @param countsByStatus orders placed in the range, by current status (every status
 * present, zero included)
 * @param revenuePerDay one entry per day of the range, zero days included; cancelled
 * orders do not count
 * @param totalRevenue the sum of the daily revenue
 */
public record OrderStats(LocalDate from, LocalDate to, String businessZone, Map<OrderStatus, Long> countsByStatus,
		List<DailyRevenue> revenuePerDay, Money totalRevenue) {

	/**
	 * One business day's revenue.
	 *
	 * @param day the business day
	 * @param orders orders placed that day and not cancelled
	 * @param revenue their total
	 */
	public record DailyRevenue(LocalDate day, long orders, Money revenue) {
	}

}
