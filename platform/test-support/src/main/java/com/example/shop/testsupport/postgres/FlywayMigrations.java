package com.example.shop.testsupport.postgres;

import java.util.Arrays;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's Flyway migrations on a database of the embedded PostgreSQL, for the tests
 * of the migrations and of whatever loads rows into the migrated schema. Flyway is an
 * optional dependency here: the test's own classpath brings it.
 */
public final class FlywayMigrations {

	private FlywayMigrations() {
	}

	/** Flyway over {@code database} with the migrations at {@code locations}. */
	public static Flyway flyway(Database database, String... locations) {
		return Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations(locations)
			.load();
	}

	/**
	 * A fresh database named {@code name}, migrated with the migrations at
	 * {@code locations}.
	 */
	public static Database migratedDatabase(String name, String... locations) {
		Database database = EmbeddedPostgresServer.get().createFreshDatabase(name);
		flyway(database, locations).migrate();
		return database;
	}

	/**
	 * Every migration at {@code locations} applies to a fresh database named
	 * {@code name}, migrating again applies none, and the applied history validates.
	 */
	public static void assertEveryMigrationAppliesOnceThenIsANoOp(String name, String... locations) {
		Flyway flyway = flyway(EmbeddedPostgresServer.get().createFreshDatabase(name), locations);

		int available = flyway.info().all().length;
		MigrateResult first = flyway.migrate();
		MigrateResult second = flyway.migrate();

		assertThat(available).isPositive();
		assertThat(first.migrationsExecuted).isEqualTo(available);
		assertThat(second.migrationsExecuted).isZero();
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
		assertThat(Arrays.stream(flyway.info().applied()).map((m) -> m.getState().isApplied())).containsOnly(true);
	}

}
