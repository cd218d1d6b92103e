package com.example.shop.orders.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.example.shop.support.data.SqlTable.utc;

/**
 * The daily sales summary: storing business days' sales ({@link SalesFigures}' per-day
 * figures, the same calculation the stats make live) in set-based statements, replacing
 * what a day had so any range can be recomputed without double counting; and finding the
 * summarised days whose orders changed since.
 */
@Service
public class SalesSummaries {

	/** Every day from :first to :last, as {@code day}. */
	private static final String DAYS = """
			select cast(g as date) as day
			from generate_series(cast(:first as date), cast(:last as date), interval '1 day') g""";

	/** Every order status, as {@code status}. */
	private static final String STATUSES = Arrays.stream(OrderStatus.values())
		.map((status) -> "('" + status.name() + "')")
		.collect(Collectors.joining(", ", "values ", ""));

	private final JdbcClient jdbc;

	private final BusinessClock business;

	SalesSummaries(JdbcClient jdbc, BusinessClock business) {
		this.jdbc = jdbc;
		this.business = business;
	}

	/** The last closed business day: yesterday in the business zone. */
	public LocalDate lastClosedDay() {
		return this.business.today().minusDays(1);
	}

	/**
	 * Summarises these business days from the orders now, replacing what each had:
	 * storing a day twice leaves one summary of it. Each run of consecutive days costs
	 * four set-based statements in the database, whatever its length, built from
	 * {@link SalesFigures}' per-day figures (the calculation the stats make live).
	 */
	@Transactional
	public void summarise(Collection<? extends LocalDate> days) {
		for (List<LocalDate> run : consecutiveRuns(days)) {
			summarise(run.get(0), run.get(run.size() - 1));
		}
	}

	private void summarise(LocalDate first, LocalDate last) {
		ZoneId zone = this.business.zone();
		Map<String, Object> range = Map.of("zone", zone.getId(), "start", utc(first.atStartOfDay(zone).toInstant()),
				"end", utc(last.plusDays(1).atStartOfDay(zone).toInstant()), "first", first, "last", last);
		// The day's status and product rows go with it (on delete cascade).
		this.jdbc.sql("delete from sales_day where day between :first and :last").params(range).update();
		this.jdbc
			.sql("""
					insert into sales_day (day, business_zone, currency, revenue_orders, revenue, source_orders,
					    source_updated_at, summarised_at)
					select d.day, :zone, :currency, coalesce(r.orders, 0), coalesce(r.revenue, 0), coalesce(s.orders, 0),
					    s.updated_at, :now
					from (%s) d
					left join (%s) r on r.day = d.day
					left join (%s) s on s.day = d.day"""
				.formatted(DAYS, SalesFigures.REVENUE_BY_DAY, SalesFigures.SOURCE_BY_DAY))
			.params(range)
			.param("currency", this.business.currency().getCurrencyCode())
			.param("now", utc(this.business.now(ChronoUnit.MICROS)))
			.update();
		// Every status of every day, zero where no order has it.
		this.jdbc
			.sql("""
					insert into sales_day_status (day, status, orders)
					select d.day, st.status, coalesce(c.orders, 0)
					from (%s) d
					cross join (%s) st (status)
					left join (%s) c on c.day = d.day and c.status = st.status""".formatted(DAYS, STATUSES,
					SalesFigures.STATUS_BY_DAY))
			.params(range)
			.update();
		this.jdbc.sql("""
				insert into sales_day_product (day, sku, product_name, quantity, revenue)
				select day, sku, product_name, quantity, revenue from (%s) p""".formatted(SalesFigures.PRODUCTS_BY_DAY))
			.params(range)
			.update();
	}

	/**
	 * The days, sorted and without repeats, cut where one day does not follow the last.
	 */
	static List<List<LocalDate>> consecutiveRuns(Collection<? extends LocalDate> days) {
		List<List<LocalDate>> runs = new ArrayList<>();
		List<LocalDate> run = new ArrayList<>();
		for (LocalDate day : new TreeSet<>(days)) {
			if (!run.isEmpty() && !run.get(run.size() - 1).plusDays(1).equals(day)) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(day);
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
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
