package com.example.shop.localrun.billing;

import java.time.LocalDate;
import java.time.ZoneId;

import com.example.shop.localrun.demo.DemoCustomers;
import com.example.shop.localrun.demo.DemoOrders;
import com.example.shop.testsupport.postgres.FlywayMigrations;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing demo data loads into the real billing schema (whose checks refuse any row
 * that breaks billing's rules), and loading it again adds nothing.
 */
class BillingDemoSeederTests {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Test
	void theDemoDataLoadsIntoTheMigratedSchemaOnceAndTheNumberSequenceMovesPastIt() throws Exception {
		var database = FlywayMigrations.migratedDatabase("billing_demo", "classpath:db/migration/billing");
		BillingDemoSeeder seeder = new BillingDemoSeeder(database.dataSource(), LocalDate.of(2026, 11, 24), SEOUL);
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

		String first = seeder.seed();
		long payments = count(jdbc, "payment");
		String second = seeder.seed();

		assertThat(first).contains("40 demo customers", "240 demo invoices");
		assertThat(second).contains("already present");
		assertThat(count(jdbc, "customer")).isEqualTo(DemoCustomers.all().size());
		assertThat(count(jdbc, "invoice")).isEqualTo(DemoOrders.COUNT);
		assertThat(payments).isPositive().isEqualTo(count(jdbc, "payment"));
		assertThat(jdbc.queryForList("select distinct status from invoice", String.class))
			.containsExactlyInAnyOrder("OPEN", "OVERDUE", "PAID", "VOID");
		assertThat(jdbc.queryForObject("""
				select count(*) from invoice i
				where i.paid_amount <> (select coalesce(sum(p.amount), 0) from payment p where p.invoice_id = i.id)""",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select nextval('invoice_number_seq')", Long.class))
			.isGreaterThan(DemoOrders.COUNT);
	}

	@Test
	void aLaterDaysRunAddsNothingToDataLoadedEarlier() throws Exception {
		var database = FlywayMigrations.migratedDatabase("billing_demo_later", "classpath:db/migration/billing");
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

		new BillingDemoSeeder(database.dataSource(), LocalDate.of(2026, 11, 24), SEOUL).seed();
		long payments = count(jdbc, "payment");
		String later = new BillingDemoSeeder(database.dataSource(), LocalDate.of(2026, 12, 10), SEOUL).seed();

		assertThat(later).contains("already present");
		assertThat(count(jdbc, "invoice")).isEqualTo(DemoOrders.COUNT);
		assertThat(count(jdbc, "payment")).isEqualTo(payments);
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
