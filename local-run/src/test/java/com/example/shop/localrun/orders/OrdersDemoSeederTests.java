package com.example.shop.localrun.orders;

import java.time.LocalDate;
import java.time.ZoneId;

import com.example.shop.localrun.demo.DemoOrders;
import com.example.shop.testsupport.postgres.FlywayMigrations;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo orders load into the real orders schema saga-complete, so a fresh local run
 * gives the reconciler nothing to do and drains no demo stock.
 */
class OrdersDemoSeederTests {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Test
	void demoOrdersAreSeededSagaCompleteAndASecondRunAddsNothing() throws Exception {
		var database = FlywayMigrations.migratedDatabase("orders_demo", "classpath:db/migration/orders");
		OrdersDemoSeeder seeder = new OrdersDemoSeeder(database.dataSource(), LocalDate.of(2026, 11, 24), SEOUL);
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

		String first = seeder.seed();
		String second = seeder.seed();

		assertThat(first).contains("240 demo orders loaded");
		assertThat(second).contains("already present");
		assertThat(jdbc.queryForObject("select count(*) from orders where saga_pending", Long.class)).isZero();
		assertThat(jdbc.queryForList("""
				select distinct status || ' ' || stock_step || ' ' || invoice_step from orders""", String.class))
			.allMatch((row) -> row.equals("CANCELLED RELEASED VOIDED") || row.endsWith(" CONFIRMED ISSUED"));
		assertThat(jdbc.queryForObject("select count(distinct reservation_id) from orders", Long.class))
			.isEqualTo(DemoOrders.COUNT);
		assertThat(jdbc.queryForObject("select count(*) from orders where invoice_id is null", Long.class)).isZero();
	}

}
