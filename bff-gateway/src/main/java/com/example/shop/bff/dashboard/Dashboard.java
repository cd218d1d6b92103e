package com.example.shop.bff.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import com.example.shop.bff.Part;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.order.OrderStats;

/**
 * The dashboard: each panel from its own backend, each possibly unavailable on its own.
 *
 * @param from first business day of the order figures
 * @param to last business day of the order figures
 * @param orders order counts by status and revenue per day
 * @param previous the same figures over the period of equal length just before
 * ({@link DashboardPeriod#previous()}), to compare with
 * @param receivables open, overdue and paid amounts with ageing, as of today (a snapshot,
 * not a period's figure)
 * @param lowStock active products at or below the low-stock threshold, lowest first
 */
public record Dashboard(LocalDate from, LocalDate to, Part<OrderStats> orders, Part<OrderStats> previous,
		Part<ReceivablesSummary> receivables, Part<ProductPage> lowStock) {

	/**
	 * How much {@code current} differs from {@code previous}, in whole percent of
	 * {@code previous} (half up): {@code +12} for 112 after 100.
	 * @return empty when the previous figure is zero (any change from nothing is no
	 * percentage)
	 */
	public static Optional<BigDecimal> percentChange(BigDecimal current, BigDecimal previous) {
		if (previous.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(current.subtract(previous)
			.multiply(BigDecimal.valueOf(100))
			.divide(previous.abs(), 0, RoundingMode.HALF_UP));
	}

	/** Orders placed in the figures' period, whatever their status now. */
	public static long ordersPlaced(OrderStats stats) {
		return stats.countsByStatus().values().stream().mapToLong(Long::longValue).sum();
	}

}
