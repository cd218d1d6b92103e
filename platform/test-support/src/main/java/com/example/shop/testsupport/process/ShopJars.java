package com.example.shop.testsupport.process;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.security.TestIssuer;

/**
 * The three backends as deployed, each its own JVM from the jar the reactor build left in
 * its {@code target/}, on free loopback ports and fresh databases of this test JVM's
 * embedded PostgreSQL and Mongo stand-in. Suites that need more (ui-app for
 * {@code /bff/v1}) add it with {@link #with}; {@link #startAll} starts them together and
 * stops them when the JVM ends.
 */
public final class ShopJars {

	public final int ordersPort = ServiceJvm.freePort();

	public final int billingPort = ServiceJvm.freePort();

	public final int catalogGrpcPort = ServiceJvm.freePort();

	public final int catalogHttpPort = ServiceJvm.freePort();

	public final EmbeddedPostgresServer.Database ordersDatabase;

	public final EmbeddedPostgresServer.Database billingDatabase;

	/** The catalog's database name in the Mongo stand-in. */
	public final String catalogDatabase;

	private final List<ServiceJvm> services = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	/**
	 * Describes the three backends on fresh databases named after {@code prefix}; nothing
	 * runs until {@link #startAll}.
	 * @param prefix the databases' prefix ({@code bff} gives {@code bff_orders}, ...)
	 * @param log where the services' output goes, each line prefixed with its name
	 */
	public ShopJars(String prefix, PrintStream log) {
		this(prefix, log, List.of());
	}

	/**
	 * Describes the three backends on fresh databases named after {@code prefix}; nothing
	 * runs until {@link #startAll}.
	 * @param prefix the databases' prefix ({@code bff} gives {@code bff_orders}, ...)
	 * @param log where the services' output goes, each line prefixed with its name
	 * @param catalogArguments more command-line arguments for the catalog (a short
	 * reservation timeout, say)
	 */
	public ShopJars(String prefix, PrintStream log, List<String> catalogArguments) {
		Path root = ServiceJvm.repositoryRoot();
		this.ordersDatabase = EmbeddedPostgresServer.get().createFreshDatabase(prefix + "_orders");
		this.billingDatabase = EmbeddedPostgresServer.get().createFreshDatabase(prefix + "_billing");
		this.catalogDatabase = prefix + "_catalog";
		MongoStandInServer mongo = MongoStandInServer.get();
		mongo.freshDatabase(this.catalogDatabase);
		// Every backend trusts the test issuer: callers send tokens it mints (Caller).
		String issuer = "--app.security.issuer-uri=" + TestIssuer.get().issuerUri();
		withJdbcService("orders", root.resolve("backend-orders-rest/orders-service/target/orders-service.jar"),
				this.ordersPort, this.ordersDatabase, issuer, log);
		withJdbcService("billing", root.resolve("backend-billing-rest/billing-service/target/billing-service.jar"),
				this.billingPort, this.billingDatabase, issuer, log);
		with(new ServiceJvm("catalog", root.resolve("backend-catalog-grpc/catalog-service/target/catalog-service.jar"),
				Stream.concat(
						Stream.of("--server.port=" + this.catalogHttpPort,
								"--spring.grpc.server.port=" + this.catalogGrpcPort,
								"--spring.mongodb.uri=" + mongo.connectionString(this.catalogDatabase), issuer),
						catalogArguments.stream())
					.toList(),
				ServiceJvm.readiness(this.catalogHttpPort), log, "[catalog] "));
	}

	/** A backend on its own port and PostgreSQL database, ready when its readyz is. */
	private void withJdbcService(String name, Path jar, int port, EmbeddedPostgresServer.Database database,
			String issuer, PrintStream log) {
		with(new ServiceJvm(name, jar,
				List.of("--server.port=" + port, "--management.server.port=" + ServiceJvm.freePort(),
						"--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.username(),
						"--spring.datasource.password=" + database.password(), issuer),
				readyz(port), log, "[" + name + "] "));
	}

	/**
	 * Sets an environment variable of every service (those added later too), from their
	 * next start on: {@code OTEL_EXPORTER_OTLP_ENDPOINT}, say.
	 */
	public ShopJars environment(String variable, String value) {
		this.environment.put(variable, value);
		this.services.forEach((service) -> service.environment(variable, value));
		return this;
	}

	/** Adds a service to start with the backends. */
	public ShopJars with(ServiceJvm service) {
		this.environment.forEach(service::environment);
		this.services.add(service);
		return this;
	}

	/**
	 * Starts every service, stops them all when this JVM ends, and waits until each is
	 * ready.
	 * @param timeout how long each may take to become ready
	 * @throws IOException if one is not built, dies or is not ready in time
	 */
	public void startAll(Duration timeout) throws IOException, InterruptedException {
		for (ServiceJvm service : this.services) {
			service.start();
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "shop-jars-stop"));
		for (ServiceJvm service : this.services) {
			service.awaitReady(timeout);
		}
	}

	/** Stops them all at once; closing the executor waits until each JVM has ended. */
	public void stopAll() {
		try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
			this.services.forEach((service) -> stopping.submit(() -> {
				service.stop();
				return null;
			}));
		}
	}

	/** A Spring Boot service's readiness probe on this port. */
	public static URI readiness(int port) {
		return ServiceJvm.readiness(port);
	}

	/**
	 * A REST service's readiness probe on its own port (its actuator lives on the
	 * management port).
	 */
	public static URI readyz(int port) {
		return URI.create("http://127.0.0.1:%d/readyz".formatted(port));
	}

}
