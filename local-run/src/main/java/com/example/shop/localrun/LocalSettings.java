package com.example.shop.localrun;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Where everything of the local run lives: the address every server binds to, the ports
 * (each overridable by an environment variable, or chosen free with {@code --free-ports})
 * and the data directory, relative to the repository root so nothing depends on this
 * machine.
 *
 * @param home the data directory ({@code LOCAL_RUN_HOME}, {@code .local-run}); survives
 * restarts until {@code --reset}
 * @param bindAddress the one address every server listens on ({@code BIND_ADDRESS},
 * loopback {@code 127.0.0.1}); anything else is an explicit choice
 * @param postgresPort embedded PostgreSQL ({@code POSTGRES_PORT}, 15432)
 * @param mongoPort the MongoDB-compatible stand-in ({@code MONGO_PORT}, 27018)
 * @param uiPort the UI with the embedded BFF ({@code UI_PORT}, 8080)
 * @param ordersPort orders REST ({@code ORDERS_PORT}, 8081)
 * @param catalogHttpPort catalog actuator ({@code CATALOG_HTTP_PORT}, 8082)
 * @param catalogGrpcPort catalog gRPC ({@code CATALOG_GRPC_PORT}, 9090)
 * @param billingPort billing REST ({@code BILLING_PORT}, 8083)
 * @param identityPort the identity provider ({@code IDENTITY_PORT}, 9000)
 * @param uiManagementPort the UI's actuator ({@code UI_MANAGEMENT_PORT}, 9080)
 * @param ordersManagementPort orders' actuator ({@code ORDERS_MANAGEMENT_PORT}, 9081)
 * @param billingManagementPort billing's actuator ({@code BILLING_MANAGEMENT_PORT}, 9083)
 * @param businessZone the business zone the demo data is laid out in
 * ({@code APP_BUSINESS_ZONE}, {@code Asia/Seoul})
 */
public record LocalSettings(Path home, String bindAddress, int postgresPort, int mongoPort, int uiPort, int ordersPort,
		int catalogHttpPort, int catalogGrpcPort, int billingPort, int identityPort, int uiManagementPort,
		int ordersManagementPort, int billingManagementPort, ZoneId businessZone) {

	/** The default: only this machine can reach the local run. */
	static final String LOOPBACK = "127.0.0.1";

	/**
	 * Reads the settings from the environment.
	 * @param env the environment variables
	 * @param freePorts a port supplier for every port the environment does not set, or
	 * {@code null} for the documented defaults
	 * @return the settings
	 */
	static LocalSettings fromEnvironment(Map<String, String> env, IntSupplier freePorts) {
		Ports ports = new Ports(env, freePorts, new java.util.HashSet<>());
		return new LocalSettings(Path.of(env.getOrDefault("LOCAL_RUN_HOME", ".local-run")),
				bindAddress(env.getOrDefault("BIND_ADDRESS", LOOPBACK)), ports.get("POSTGRES_PORT", 15432),
				ports.get("MONGO_PORT", 27018), ports.get("UI_PORT", 8080), ports.get("ORDERS_PORT", 8081),
				ports.get("CATALOG_HTTP_PORT", 8082), ports.get("CATALOG_GRPC_PORT", 9090),
				ports.get("BILLING_PORT", 8083), ports.get("IDENTITY_PORT", 9000),
				ports.get("UI_MANAGEMENT_PORT", 9080), ports.get("ORDERS_MANAGEMENT_PORT", 9081),
				ports.get("BILLING_MANAGEMENT_PORT", 9083),
				ZoneId.of(env.getOrDefault("APP_BUSINESS_ZONE", "Asia/Seoul")));
	}

	/**
	 * The host clients use to reach a server of the local run: loopback when the servers
	 * listen on every interface, else the one address they listen on (an IPv6 address in
	 * brackets, as URLs write it).
	 */
	public String host() {
		try {
			InetAddress address = InetAddress.getByName(this.bindAddress);
			if (address.isAnyLocalAddress()) {
				return LOOPBACK;
			}
			return (address instanceof Inet6Address) ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return this.bindAddress;
		}
	}

	/** An HTTP base URL of a server of the local run, without a trailing slash. */
	public String url(int port) {
		return "http://%s:%d".formatted(host(), port);
	}

	/** The JDBC URL of one database of the embedded PostgreSQL. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://%s:%d/%s".formatted(host(), this.postgresPort, database);
	}

	private static String bindAddress(String value) {
		try {
			return InetAddress.getByName(value.strip()).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(
					"BIND_ADDRESS must be an address of this machine (127.0.0.1 by default), not '" + value + "'");
		}
	}

	/** Ports from the environment; the rest documented defaults, or free ones. */
	/**
	 * Hands out each port once: a free port is one the system had free when asked, and it
	 * may hand out the same one twice (each probe's socket is closed at once), so a
	 * repeat is asked again.
	 */
	private record Ports(Map<String, String> env, IntSupplier free, java.util.Set<Integer> taken) {

		int get(String name, int defaultPort) {
			String value = this.env.get(name);
			if (value == null || value.isBlank()) {
				if (this.free == null) {
					return defaultPort;
				}
				int port = this.free.getAsInt();
				for (int attempt = 0; !this.taken.add(port) && attempt < 100; attempt++) {
					port = this.free.getAsInt();
				}
				return port;
			}
			try {
				int port = Integer.parseInt(value.strip());
				if (port < 1 || port > 65535) {
					throw new NumberFormatException();
				}
				return port;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
			}
		}

	}

}
