package com.example.shop.localrun;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * A seeder that loads a service's demo data into its PostgreSQL database with SQL, in one
 * transaction: all of it or, on failure, none. The demo is generated for {@link #today()}
 * in the business {@link #zone()}.
 */
public abstract class JdbcDemoSeeder implements DemoSeeder {

	private final DataSource dataSource;

	private final LocalDate today;

	private final ZoneId zone;

	protected JdbcDemoSeeder(DataSource dataSource, LocalDate today, ZoneId zone) {
		this.dataSource = dataSource;
		this.today = today;
		this.zone = zone;
	}

	@Override
	public final String seed() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			String loaded = load(connection);
			connection.commit();
			return loaded;
		}
	}

	/**
	 * Inserts what is missing, in the open transaction; must be idempotent.
	 * @return what it loaded, for the log
	 * @throws SQLException if a statement fails (nothing is committed)
	 */
	protected abstract String load(Connection connection) throws SQLException;

	/** The business day the demo is generated for. */
	protected LocalDate today() {
		return this.today;
	}

	/** The business zone. */
	protected ZoneId zone() {
		return this.zone;
	}

	/**
	 * Moves a number sequence past the demo's {@code count} numbers (never back), so what
	 * the service creates next is numbered after the demo rows.
	 */
	protected static void numberAfter(Connection connection, String sequence, int count) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(
					"select setval('%1$s', greatest((select last_value from %1$s), %2$d))".formatted(sequence, count));
		}
	}

	/**
	 * Sets a statement's parameters in order, each as the driver maps its Java type
	 * ({@code null} as an SQL NULL of the column's type).
	 */
	protected static void bind(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
	}

	/** An instant as the {@code timestamptz} parameter the driver takes. */
	protected static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
