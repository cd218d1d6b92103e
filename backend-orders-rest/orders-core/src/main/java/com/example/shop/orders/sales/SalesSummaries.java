package com.example.shop.orders.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.example.shop.support.data.SqlTable.utc;

/**
 * The daily sales summary: computing a business day's sales ({@link SalesFigures}, the
 * same calculation the stats make live), storing it (replacing what a day had, so any
 * range can be recomputed without double counting), and finding the summarised days whose
 * orders changed since.
 */
@Service
public class SalesSummaries {

	private final JdbcClient jdbc;

	private final SalesFigures figures;

	private final BusinessClock business;

	SalesSummaries(JdbcClient jdbc, SalesFigures figures, BusinessClock business) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.business = business;
	}

	/** The last closed business day: yesterday in the business zone. */
	public LocalDate lastClosedDay() {
		return this.business.today().minusDays(1);
	}

	/** One business day's sales, computed from the orders now. */
	@Transactional(readOnly = true)
	public DailySales compute(LocalDate day) {
		ZoneId zone = this.business.zone();
		Instant start = DailySales.startOf(day, zone);
		Instant end = DailySales.startOf(day.plusDays(1), zone);
		SalesFigures.Source source = this.figures.source(start, end);
		SalesFigures.DayTotal total = this.figures.revenueByDay(start, end, zone)
			.getOrDefault(day, new SalesFigures.DayTotal(0, BigDecimal.ZERO));
		return new DailySales(day, zone, this.business.currency().getCurrencyCode(),
				this.figures.countByStatus(start, end), total.orders(),
				total.revenue().setScale(2, RoundingMode.UNNECESSARY), this.figures.byProduct(start, end), source);
	}

	/**
	 * Stores these days' summaries, replacing what each day had: storing a day twice
	 * leaves one summary of it.
	 */
	@Transactional
	public void store(List<DailySales> days) {
		Instant now = this.business.now(java.time.temporal.ChronoUnit.MICROS);
		for (DailySales day : days) {
			this.jdbc.sql("delete from sales_day where day = :day").param("day", day.day()).update();
			this.jdbc.sql("""
					insert into sales_day (day, business_zone, currency, revenue_orders, revenue, source_orders,
					    source_updated_at, summarised_at)
					values (:day, :zone, :currency, :revenueOrders, :revenue, :sourceOrders, :sourceUpdatedAt, :now)""")
				.param("day", day.day())
				.param("zone", day.zone().getId())
				.param("currency", day.currency())
				.param("revenueOrders", day.revenueOrders())
				.param("revenue", day.revenue())
				.param("sourceOrders", day.source().orders())
				.param("sourceUpdatedAt", (day.source().updatedAt() != null) ? utc(day.source().updatedAt()) : null)
				.param("now", utc(now))
				.update();
			day.countsByStatus()
				.forEach((status, orders) -> this.jdbc
					.sql("insert into sales_day_status (day, status, orders) values (:day, :status, :orders)")
					.param("day", day.day())
					.param("status", status.name())
					.param("orders", orders)
					.update());
			for (SalesFigures.ProductTotal product : day.products()) {
				this.jdbc.sql("""
						insert into sales_day_product (day, sku, product_name, quantity, revenue)
						values (:day, :sku, :name, :quantity, :revenue)""")
					.param("day", day.day())
					.param("sku", product.sku())
					.param("name", product.productName())
					.param("quantity", product.quantity())
					.param("revenue", product.revenue())
					.update();
			}
		}
	}

	/**
	 * The summarised days whose orders changed since they were summarised (an order moved
	 * along its lifecycle or was cancelled), or that were summarised in another business
	 * zone: the next run summarises them again.
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> changedSinceSummarised() {
		return this.jdbc.sql("""
				select s.day from sales_day s
				cross join lateral (
				    select count(*) as orders, max(o.updated_at) as updated_at from orders o
				    where o.placed_at >= (s.day::timestamp at time zone :zone)
				      and o.placed_at < ((s.day + 1)::timestamp at time zone :zone)) now
				where s.business_zone <> :zone or now.orders <> s.source_orders
				   or now.updated_at is distinct from s.source_updated_at
				order by s.day""").param("zone", this.business.zone().getId()).query(LocalDate.class).list();
	}

	/**
	 * The stored summaries of the days in {@code [from, to]} made in the current business
	 * zone, by day.
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, Stored> stored(LocalDate from, LocalDate to) {
		Map<LocalDate, Stored> days = new LinkedHashMap<>();
		this.jdbc.sql("""
				select day, revenue_orders, revenue from sales_day
				where day between :from and :to and business_zone = :zone order by day""")
			.param("from", from)
			.param("to", to)
			.param("zone", this.business.zone().getId())
			.query((rs, row) -> days.put(rs.getObject(1, LocalDate.class),
					new Stored(new EnumMap<>(OrderStatus.class), rs.getLong(2), rs.getBigDecimal(3))))
			.list();
		if (!days.isEmpty()) {
			this.jdbc.sql("select day, status, orders from sales_day_status where day in (:days)")
				.param("days", new ArrayList<>(days.keySet()))
				.query((rs, row) -> days.get(rs.getObject(1, LocalDate.class))
					.countsByStatus()
					.put(OrderStatus.valueOf(rs.getString(2)), rs.getLong(3)))
				.list();
		}
		return days;
	}

	/**
	 * A stored day, as much of it as the stats need.
	 *
	 * @param countsByStatus orders by status when summarised
	 * @param revenueOrders orders bringing revenue
	 * @param revenue their totals
	 */
	public record Stored(Map<OrderStatus, Long> countsByStatus, long revenueOrders, BigDecimal revenue) {
	}

}
