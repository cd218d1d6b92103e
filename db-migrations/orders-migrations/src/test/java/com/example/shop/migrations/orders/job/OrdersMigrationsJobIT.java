package com.example.shop.migrations.orders.job;

import com.example.shop.migrations.runner.MigrationRunnerApplication;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The orders migration Job as deployed: this module's classpath and configuration, the
 * datasource from the command line (the Job's environment).
 */
class OrdersMigrationsJobIT {

	@Test
	void migratesAnEmptyDatabaseWithOnlyItsOwnMigrationsThenIsANoOp() {
		var database = EmbeddedPostgresServer.get().createFreshDatabase("job_orders");
		String[] args = { "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password() };

		int first = MigrationRunnerApplication.run(args);
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success",
				Integer.class);
		int second = MigrationRunnerApplication.run(args);

		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(applied).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isEqualTo(applied);
		assertThat(jdbc.queryForObject("select to_regclass('public.orders') is not null", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("select to_regclass('public.invoice') is null", Boolean.class)).isTrue();
	}

	@Test
	void withoutADatasourceItFailsInsteadOfMigratingADefault() {
		assertThatThrownBy(MigrationRunnerApplication::run).rootCause().hasMessageContaining("driver class");
	}

}
