package com.example.shop.orders.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.example.shop.orders.api.OrderStatus;

/**
 * One business day's sales, as the summary stores them and the stats report them.
 *
 * @param day the business day
 * @param zone the business zone that made it a day
 * @param currency the business currency
 * @param countsByStatus orders placed that day by status
 * @param revenueOrders orders placed that day that bring revenue (not cancelled)
 * @param revenue their totals
 * @param products quantity and revenue per SKU
 * @param source what it was computed from
 */
public record DailySales(LocalDate day, ZoneId zone, String currency, Map<OrderStatus, Long> countsByStatus,
		long revenueOrders, BigDecimal revenue, List<SalesFigures.ProductTotal> products, SalesFigures.Source source) {

	public DailySales {
		countsByStatus = Map.copyOf(countsByStatus);
		products = List.copyOf(products);
	}

	/** When a day starts, in the business zone. */
	public static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

}
