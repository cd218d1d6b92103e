package com.example.shop.localrun;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/**
 * Where everything of the local run lives: ports (each overridable by an environment
 * variable) and the data directory, relative to the repository root so nothing depends on
 * this machine.
 *
 * @param home the data directory ({@code .local-run}); survives restarts until
 * {@code --reset}
 * @param postgresPort embedded PostgreSQL ({@code POSTGRES_PORT}, 15432)
 * @param mongoPort the MongoDB-compatible stand-in ({@code MONGO_PORT}, 27018)
 * @param uiPort the UI with the embedded BFF ({@code UI_PORT}, 8080)
 * @param ordersPort orders REST ({@code ORDERS_PORT}, 8081)
 * @param catalogHttpPort catalog actuator ({@code CATALOG_HTTP_PORT}, 8082)
 * @param catalogGrpcPort catalog gRPC ({@code CATALOG_GRPC_PORT}, 9090)
 * @param billingPort billing REST ({@code BILLING_PORT}, 8083)
 * @param businessZone the business zone the demo data is laid out in
 */
public record LocalSettings(Path home, int postgresPort, int mongoPort, int uiPort, int ordersPort, int catalogHttpPort,
		int catalogGrpcPort, int billingPort, ZoneId businessZone) {

	static LocalSettings fromEnvironment(Map<String, String> env) {
		return new LocalSettings(Path.of(env.getOrDefault("LOCAL_RUN_HOME", ".local-run")),
				port(env, "POSTGRES_PORT", 15432), port(env, "MONGO_PORT", 27018), port(env, "UI_PORT", 8080),
				port(env, "ORDERS_PORT", 8081), port(env, "CATALOG_HTTP_PORT", 8082),
				port(env, "CATALOG_GRPC_PORT", 9090), port(env, "BILLING_PORT", 8083),
				ZoneId.of(env.getOrDefault("APP_BUSINESS_ZONE", "Asia/Seoul")));
	}

	/** The JDBC URL of one database of the embedded PostgreSQL. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:%d/%s".formatted(this.postgresPort, database);
	}

	private static int port(Map<String, String> env, String name, int defaultPort) {
		String value = env.get(name);
		try {
			return (value != null) ? Integer.parseInt(value.trim()) : defaultPort;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
		}
	}

}
