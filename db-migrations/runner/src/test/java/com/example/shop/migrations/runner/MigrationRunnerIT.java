package com.example.shop.migrations.runner;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationRunnerIT {

	@Test
	void runnerMigratesTheOrdersDatabaseAndExitsZeroAndIsANoOpTheSecondTime() {
		var database = EmbeddedPostgresServer.get().createFreshDatabase("runner_orders");
		String[] args = { "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password() };

		int first = SpringApplication.exit(SpringApplication.run(MigrationRunnerApplication.class, args));
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success",
				Integer.class);
		int second = SpringApplication.exit(SpringApplication.run(MigrationRunnerApplication.class, args));
		Integer appliedAfterSecondRun = jdbc.queryForObject("select count(*) from flyway_schema_history",
				Integer.class);

		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(applied).isPositive();
		assertThat(appliedAfterSecondRun).isEqualTo(applied);
		assertThat(jdbc.queryForObject("select to_regclass('public.orders') is not null", Boolean.class)).isTrue();
	}

	@Test
	void runnerMigratesTheBillingDatabaseWhenToldToAndOnlyWithBillingsMigrations() {
		var database = EmbeddedPostgresServer.get().createFreshDatabase("runner_billing");
		String[] args = { "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--app.migrations.database=billing" };

		int first = SpringApplication.exit(SpringApplication.run(MigrationRunnerApplication.class, args));
		int second = SpringApplication.exit(SpringApplication.run(MigrationRunnerApplication.class, args));
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(jdbc.queryForList("select script from flyway_schema_history where success", String.class))
			.isNotEmpty()
			.allSatisfy((script) -> assertThat(script).startsWith("V").doesNotContain("orders"));
		assertThat(jdbc.queryForObject("select to_regclass('public.invoice') is not null", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("select to_regclass('public.orders') is null", Boolean.class)).isTrue();
	}

}
