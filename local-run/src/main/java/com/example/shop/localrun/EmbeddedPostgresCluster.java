package com.example.shop.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL for the local run, its data kept under {@code .local-run/postgres}
 * so it survives restarts. Each domain gets its own database and its own role, and a role
 * can connect to its own database only.
 */
record EmbeddedPostgresCluster(EmbeddedPostgres postgres, String host, int port) implements AutoCloseable {

	/**
	 * Starts the server, then makes sure every database and its role exist.
	 * @param dataDirectory where the data lives
	 * @param bindAddress the one address the server listens on ({@code listen_addresses})
	 * @param host how clients reach it
	 * @param port its port
	 * @param databases the databases, each with a role of the same name
	 */
	static EmbeddedPostgresCluster start(Path dataDirectory, String bindAddress, String host, int port,
			List<String> databases) throws IOException, SQLException {
		Files.createDirectories(dataDirectory.getParent());
		stopLeftover(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("listen_addresses", bindAddress)
			.start();
		EmbeddedPostgresCluster cluster = new EmbeddedPostgresCluster(postgres, host, port);
		for (String database : databases) {
			cluster.ensureDatabase(database);
		}
		return cluster;
	}

	/**
	 * A launcher killed hard (kill -9, a closed terminal) cannot stop its PostgreSQL; the
	 * server's pid file says which process still holds the data directory, and it is
	 * asked to shut down before a new one starts.
	 */
	private static void stopLeftover(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
			.filter((process) -> process.info().command().map((c) -> c.contains("postgres")).orElse(false))
			.ifPresent((leftover) -> {
				System.out
					.println("==> Stopping PostgreSQL left over from an earlier run (pid " + leftover.pid() + ")");
				leftover.destroy();
				leftover.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
			});
	}

	/** A data source for {@code database} as its own role. */
	DataSource dataSource(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl("jdbc:postgresql://%s:%d/%s".formatted(this.host, this.port, database));
		dataSource.setUser(database);
		dataSource.setPassword(database);
		return dataSource;
	}

	private void ensureDatabase(String name) throws SQLException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			boolean roleExists;
			try (var rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
				roleExists = rs.next();
			}
			if (!roleExists) {
				statement.execute("create role " + name + " login password '" + name + "'");
			}
			boolean databaseExists;
			try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				databaseExists = rs.next();
			}
			if (!databaseExists) {
				statement.execute("create database " + name + " owner " + name);
			}
			statement.execute("revoke all on database " + name + " from public");
		}
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
