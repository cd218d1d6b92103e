package com.example.shop.orders.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.shop.orders.api.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.example.shop.support.data.SqlTable.utc;

/**
 * The one calculation of the sales figures, over the orders placed between two instants:
 * counts by status, revenue per business day (cancelled orders bring none) and quantity
 * and revenue per product. The stats endpoint asks it live for days without a summary;
 * the daily-sales-summary job stores its per-day figures ({@link SalesSummaries}).
 */
@Repository
public class SalesFigures {

	/*
	 * The figures per business day, as SQL the summary embeds in its set-based inserts
	 * (SalesSummaries.summarise) and revenueByDay runs as it is: the same calculation
	 * live and stored. Parameters: :zone (the business zone), :start and :end (the
	 * instants bounding the days).
	 */

	/** Orders per business day and current status. */
	static final String STATUS_BY_DAY = """
			select (placed_at at time zone :zone)::date as day, status, count(*) as orders
			from orders
			where placed_at >= :start and placed_at < :end
			group by 1, 2""";

	/**
	 * Orders bringing revenue (every status but cancelled) and their totals, per business
	 * day.
	 */
	static final String REVENUE_BY_DAY = """
			select (placed_at at time zone :zone)::date as day, count(*) as orders, sum(total_amount) as revenue
			from orders
			where status <> 'CANCELLED' and placed_at >= :start and placed_at < :end
			group by 1""";

	/**
	 * Quantity and revenue per SKU and business day, from the orders bringing revenue.
	 */
	static final String PRODUCTS_BY_DAY = """
			select (o.placed_at at time zone :zone)::date as day, l.sku, max(l.product_name) as product_name,
			    sum(l.quantity) as quantity, sum(l.line_total) as revenue
			from order_line l join orders o on o.id = l.order_id
			where o.status <> 'CANCELLED' and o.placed_at >= :start and o.placed_at < :end
			group by 1, 2""";

	/**
	 * What each business day's figures come from: its orders in any status, the newest
	 * change.
	 */
	static final String SOURCE_BY_DAY = """
			select (placed_at at time zone :zone)::date as day, count(*) as orders, max(updated_at) as updated_at
			from orders
			where placed_at >= :start and placed_at < :end
			group by 1""";

	private final JdbcClient jdbc;

	SalesFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Orders placed in {@code [start, end)} by their current status; every status
	 * present.
	 */
	public Map<OrderStatus, Long> countByStatus(Instant start, Instant end) {
		Map<OrderStatus, Long> counts = new LinkedHashMap<>();
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("""
				select status, count(*) from orders
				where placed_at >= :start and placed_at < :end
				group by status""")
			.param("start", utc(start))
			.param("end", utc(end))
			.query((rs, row) -> counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Revenue per business day of the orders placed in {@code [start, end)}. */
	public Map<LocalDate, DayTotal> revenueByDay(Instant start, Instant end, ZoneId zone) {
		Map<LocalDate, DayTotal> days = new LinkedHashMap<>();
		this.jdbc.sql(REVENUE_BY_DAY)
			.param("zone", zone.getId())
			.param("start", utc(start))
			.param("end", utc(end))
			.query((rs, row) -> days.put(rs.getObject(1, LocalDate.class),
					new DayTotal(rs.getLong(2), rs.getBigDecimal(3))))
			.list();
		return days;
	}

	/**
	 * Quantity and revenue per SKU of the orders placed in {@code [start, end)}, by SKU.
	 */
	public List<ProductTotal> byProduct(Instant start, Instant end) {
		return this.jdbc.sql("""
				select l.sku, max(l.product_name), sum(l.quantity), sum(l.line_total)
				from order_line l join orders o on o.id = l.order_id
				where o.status <> 'CANCELLED' and o.placed_at >= :start and o.placed_at < :end
				group by l.sku order by l.sku""")
			.param("start", utc(start))
			.param("end", utc(end))
			.query((rs, row) -> new ProductTotal(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)))
			.list();
	}

	/**
	 * How many orders were placed in {@code [start, end)} and when the newest change to
	 * them was.
	 */
	public Source source(Instant start, Instant end) {
		return this.jdbc.sql("""
				select count(*), max(updated_at) from orders where placed_at >= :start and placed_at < :end""")
			.param("start", utc(start))
			.param("end", utc(end))
			.query((rs, row) -> new Source(rs.getLong(1),
					(rs.getObject(2) != null) ? rs.getObject(2, java.time.OffsetDateTime.class).toInstant() : null))
			.single();
	}

	/**
	 * One day's orders that count towards revenue.
	 *
	 * @param orders how many
	 * @param revenue their totals
	 */
	public record DayTotal(long orders, BigDecimal revenue) {
	}

	/**
	 * One product's sales.
	 *
	 * @param sku the SKU
	 * @param productName its name on the orders (the latest spelling if it changed)
	 * @param quantity units sold
	 * @param revenue what they brought
	 */
	public record ProductTotal(String sku, String productName, long quantity, BigDecimal revenue) {
	}

	/**
	 * What a summary was computed from, to tell later whether it still holds.
	 *
	 * @param orders orders placed that day, in any status
	 * @param updatedAt the newest {@code updated_at} among them, or null if none
	 */
	public record Source(long orders, Instant updatedAt) {
	}

}
