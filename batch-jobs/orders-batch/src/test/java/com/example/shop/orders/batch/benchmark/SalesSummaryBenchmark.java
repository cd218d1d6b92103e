package com.example.shop.orders.batch.benchmark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.orders.batch.OrdersBatchApplication;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./run-benchmark.sh batch}, orders half: the daily-sales-summary job over a year
 * of generated orders, in orders per second, next to the raw ceiling of the same database
 * on the same data in the same run: plain {@code INSERT ... SELECT ... GROUP BY}
 * statements writing the same three aggregates for every day at once. Arguments:
 * [orders=200000].
 */
public final class SalesSummaryBenchmark {

	private SalesSummaryBenchmark() {
	}

	public static void main(String[] args) {
		int orders = (args.length > 0) ? Integer.parseInt(args[0].replace("orders=", "")) : 200_000;
		var database = EmbeddedPostgresServer.get().createFreshDatabase("orders_benchmark");
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations("classpath:db/migration/orders")
			.load()
			.migrate();
		ConfigurableApplicationContext context = new SpringApplication(OrdersBatchApplication.class).run(
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--app.batch.command-line=false",
				"--spring.flyway.enabled=false", "--logging.level.com.example.shop=WARN");
		try {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(2);
			LocalDate first = last.minusDays(364);
			generate(jdbc, orders, first);
			jdbc.sql("analyze").update();
			BatchRunner runner = context.getBean(BatchRunner.class);

			long started = System.nanoTime();
			int exit = runner.execute(List.of("daily-sales-summary", "from=" + first, "to=" + last));
			double jobSeconds = (System.nanoTime() - started) / 1e9;
			if (exit != 0) {
				throw new IllegalStateException("daily-sales-summary did not complete: exit " + exit);
			}
			long days = jdbc.sql("select count(*) from sales_day").query(Long.class).single();

			started = System.nanoTime();
			ceiling(jdbc);
			double ceilingSeconds = (System.nanoTime() - started) / 1e9;
			long ceilingDays = jdbc.sql("select count(*) from bench_day").query(Long.class).single();
			if (ceilingDays != days) {
				throw new IllegalStateException(
						"The ceiling summarised %d days, the job %d".formatted(ceilingDays, days));
			}
			System.out.printf(Locale.ROOT, "RESULT orders daily-sales-summary|%d orders, %d days|%.2f|%.0f|%.0f|%s%n",
					orders, days, jobSeconds, orders / jobSeconds, orders / ceilingSeconds,
					"INSERT ... SELECT ... GROUP BY (3 statements)");
		}
		finally {
			context.close();
		}
	}

	private static void generate(JdbcClient jdbc, int orders, LocalDate first) {
		jdbc.sql("""
				insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
				    total_amount, placed_at, updated_at, version)
				select gen_random_uuid(), 'ORD-B' || g, 'bench-' || g, md5('customer' || (g % 500))::uuid,
				       'Customer ' || (g % 500),
				       (array['PLACED','CONFIRMED','SHIPPED','DELIVERED','CANCELLED'])[1 + g % 5], 'KRW', 5000.00,
				       t.at, t.at, 0
				from generate_series(1, :orders) g
				cross join lateral (select (cast(:first as date) + (g % 365))::timestamp at time zone 'Asia/Seoul'
				    + (g % 86400) * interval '1 second' as at) t""")
			.param("orders", orders)
			.param("first", first)
			.update();
		jdbc.sql("""
				insert into order_line (order_id, line_no, sku, product_name, unit_price, quantity, line_total)
				select o.id, l, 'SKU-' || lpad(((abs(hashtext(o.number)) % 256) * 2 + l)::text, 4, '0'),
				       'Product', 1000.00, l + 1, 1000.00 * (l + 1)
				from orders o cross join generate_series(1, 2) l""").update();
	}

	/** The same three aggregates for every day at once, into tables of the same shape. */
	private static void ceiling(JdbcClient jdbc) {
		jdbc.sql("create unlogged table bench_day as select * from sales_day with no data").update();
		jdbc.sql("create unlogged table bench_status as select * from sales_day_status with no data").update();
		jdbc.sql("create unlogged table bench_product as select * from sales_day_product with no data").update();
		jdbc.sql("""
				insert into bench_day (day, business_zone, currency, revenue_orders, revenue, source_orders,
				    source_updated_at, summarised_at)
				select (placed_at at time zone 'Asia/Seoul')::date, 'Asia/Seoul', 'KRW',
				       count(*) filter (where status <> 'CANCELLED'),
				       coalesce(sum(total_amount) filter (where status <> 'CANCELLED'), 0), count(*), max(updated_at),
				       now()
				from orders group by 1""").update();
		jdbc.sql("""
				insert into bench_status (day, status, orders)
				select (placed_at at time zone 'Asia/Seoul')::date, status, count(*) from orders group by 1, 2""")
			.update();
		jdbc.sql("""
				insert into bench_product (day, sku, product_name, quantity, revenue)
				select (o.placed_at at time zone 'Asia/Seoul')::date, l.sku, max(l.product_name), sum(l.quantity),
				       sum(l.line_total)
				from order_line l join orders o on o.id = l.order_id
				where o.status <> 'CANCELLED' group by 1, 2""").update();
	}

}
