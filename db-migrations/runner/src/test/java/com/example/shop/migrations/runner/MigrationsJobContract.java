package com.example.shop.migrations.runner;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a migration deployable ({@code orders-migrations}, {@code billing-migrations})
 * does as deployed: its own classpath and configuration, the datasource from the command
 * line (the Job's environment). Each deployable's test extends this with its database.
 */
public abstract class MigrationsJobContract {

	private final String database;

	private final String ownTable;

	private final String otherDomainsTable;

	/**
	 * @param database the database the deployable migrates
	 * @param ownTable a table its migrations create
	 * @param otherDomainsTable a table only another database's migrations create
	 */
	protected MigrationsJobContract(String database, String ownTable, String otherDomainsTable) {
		this.database = database;
		this.ownTable = ownTable;
		this.otherDomainsTable = otherDomainsTable;
	}

	@Test
	void migratesAnEmptyDatabaseWithOnlyItsOwnMigrationsThenIsANoOp() {
		var db = EmbeddedPostgresServer.get().createFreshDatabase("job_" + this.database);
		String[] args = { "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password() };

		int first = MigrationRunnerApplication.run(args);
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success",
				Integer.class);
		int second = MigrationRunnerApplication.run(args);

		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(applied).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isEqualTo(applied);
		assertThat(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, "public." + this.ownTable))
			.isTrue();
		assertThat(
				jdbc.queryForObject("select to_regclass(?) is null", Boolean.class, "public." + this.otherDomainsTable))
			.isTrue();
	}

	@Test
	void withoutADatasourceItFailsInsteadOfMigratingADefault() {
		assertThatThrownBy(MigrationRunnerApplication::run).rootCause().hasMessageContaining("driver class");
	}

}
