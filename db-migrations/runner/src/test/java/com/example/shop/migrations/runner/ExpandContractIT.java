package com.example.shop.migrations.runner;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer.Database;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One change split into expand and contract (k8s/README.md, "Migrations: expand, then
 * contract"), checked against the statements of the version still running while the next
 * version's migration Job runs: renaming {@code orders.customer_name}.
 */
class ExpandContractIT {

	/** How the running version (today's orders service) writes an order. */
	private static final String RUNNING_VERSION_INSERT = """
			insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
			    total_amount, placed_at, updated_at, version)
			values (?, ?, ?, ?, ?, 'PLACED', 'KRW', 1000.00, ?, ?, 0)""";

	/** How the running version reads it. */
	private static final String RUNNING_VERSION_READ = "select customer_name from orders where id = ?";

	@Test
	void theRunningVersionKeepsWorkingAfterTheExpandStepAndOnlyTheContractStepWouldBreakIt() {
		Database database = EmbeddedPostgresServer.get().createFreshDatabase("expand_contract");
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		migrate(database, "classpath:db/migration/orders");
		UUID before = insertAsTheRunningVersion(jdbc, "ORD-1");

		migrate(database, "classpath:db/migration/orders", "classpath:db/expand-contract-example/expand");
		UUID during = insertAsTheRunningVersion(jdbc, "ORD-2");

		assertThat(jdbc.queryForObject(RUNNING_VERSION_READ, String.class, during)).isEqualTo("Hanbit");
		assertThat(jdbc.queryForObject("select customer_display_name from orders where id = ?", String.class, before))
			.as("backfilled")
			.isEqualTo("Hanbit");

		migrate(database, "classpath:db/migration/orders", "classpath:db/expand-contract-example/expand",
				"classpath:db/expand-contract-example/contract");

		assertThatThrownBy(() -> insertAsTheRunningVersion(jdbc, "ORD-3"))
			.as("the contract step is why it waits until no running version uses the old column")
			.hasMessageContaining("customer_name");
		assertThat(jdbc.queryForObject("select count(*) from orders where customer_display_name = 'Hanbit'",
				Integer.class))
			.isEqualTo(2);
	}

	private static UUID insertAsTheRunningVersion(JdbcTemplate jdbc, String number) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.parse("2026-11-20T01:00:00Z");
		jdbc.update(RUNNING_VERSION_INSERT, id, number, "placement-" + number, UUID.randomUUID(), "Hanbit", now, now);
		return id;
	}

	private static void migrate(Database database, String... locations) {
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations(locations)
			.load()
			.migrate();
	}

}
