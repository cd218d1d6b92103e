package com.example.shop.bff.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.net.LoopbackProxy;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ServiceJvm;

/**
 * The three real backends, each its own JVM from its jar, on loopback behind a
 * {@link LoopbackProxy} that tests turn slow or dead. Started once per test JVM (about 20
 * s on two cores) and shared by every BFF integration test; databases are the per-JVM
 * embedded PostgreSQL and Mongo stand-in. The jars come from the reactor build, which
 * builds the backends before this module.
 */
public final class RealBackends {

	/** How long the catalog keeps an uncommitted reservation here. */
	public static final Duration RESERVATION_TIMEOUT = Duration.ofSeconds(5);

	/** The catalog's database name on the per-JVM Mongo stand-in. */
	public static final String CATALOG_DATABASE = "bff_catalog";

	private final Map<String, ServiceJvm> services = new LinkedHashMap<>();

	public final LoopbackProxy orders;

	public final LoopbackProxy billing;

	public final LoopbackProxy catalog;

	public final int catalogGrpcPort;

	public final int ordersPort;

	public final int billingPort;

	private RealBackends() throws IOException, InterruptedException {
		Path root = ServiceJvm.repositoryRoot();
		PrintStream log = new PrintStream(Files.newOutputStream(Path.of("target", "real-backends.log")), true);
		var ordersDb = EmbeddedPostgresServer.get().createFreshDatabase("bff_orders");
		var billingDb = EmbeddedPostgresServer.get().createFreshDatabase("bff_billing");
		MongoStandInServer mongo = MongoStandInServer.get();
		mongo.freshDatabase(CATALOG_DATABASE);

		this.ordersPort = ServiceJvm.freePort();
		this.billingPort = ServiceJvm.freePort();
		this.catalogGrpcPort = ServiceJvm.freePort();
		int catalogHttpPort = ServiceJvm.freePort();
		add(new ServiceJvm("orders", root.resolve("backend-orders-rest/orders-service/target/orders-service.jar"),
				List.of("--server.port=" + this.ordersPort, "--spring.datasource.url=" + ordersDb.jdbcUrl(),
						"--spring.datasource.username=" + ordersDb.username(),
						"--spring.datasource.password=" + ordersDb.password()),
				ServiceJvm.readiness(this.ordersPort), log, "[orders] "));
		add(new ServiceJvm("billing", root.resolve("backend-billing-rest/billing-service/target/billing-service.jar"),
				List.of("--server.port=" + this.billingPort, "--spring.datasource.url=" + billingDb.jdbcUrl(),
						"--spring.datasource.username=" + billingDb.username(),
						"--spring.datasource.password=" + billingDb.password()),
				ServiceJvm.readiness(this.billingPort), log, "[billing] "));
		add(new ServiceJvm("catalog", root.resolve("backend-catalog-grpc/catalog-service/target/catalog-service.jar"),
				List.of("--server.port=" + catalogHttpPort, "--spring.grpc.server.port=" + this.catalogGrpcPort,
						"--spring.mongodb.uri=" + mongo.connectionString("bff_catalog"),
						// Short enough that a test sees the sweeper at work; a placement
						// takes milliseconds from reserving to committing.
						"--app.catalog.reservation-timeout=" + RESERVATION_TIMEOUT.toMillis() + "ms",
						"--app.catalog.sweeper.interval=300ms", "--app.catalog.sweeper.settle-grace=1s"),
				ServiceJvm.readiness(catalogHttpPort), log, "[catalog] "));
		for (ServiceJvm service : this.services.values()) {
			service.start();
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "real-backends-stop"));
		for (ServiceJvm service : this.services.values()) {
			service.awaitReady(Duration.ofMinutes(3));
		}
		// Products need an existing category; the catalog has no RPC to create one (its
		// import job and seed do).
		mongo.database("bff_catalog")
			.getCollection("categories")
			.insertOne(new org.bson.Document("_id", "test").append("name", "Test products"));
		this.orders = LoopbackProxy.to(this.ordersPort);
		this.billing = LoopbackProxy.to(this.billingPort);
		this.catalog = LoopbackProxy.to(this.catalogGrpcPort);
	}

	/** The backends of this JVM, started on first use. */
	public static RealBackends get() {
		return Started.BACKENDS;
	}

	/** Started by the JVM the first time {@link #get()} asks, exactly once. */
	private static final class Started {

		static final RealBackends BACKENDS = start();

		private static RealBackends start() {
			try {
				return new RealBackends();
			}
			catch (IOException ex) {
				throw new IllegalStateException(
						"The real backends did not start: " + ex.getMessage() + " (see target/real-backends.log)", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Spring properties that point the BFF at the proxies. */
	public Map<String, Object> bffProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("app.bff.orders.base-url", "http://127.0.0.1:" + this.orders.port());
		properties.put("app.bff.billing.base-url", "http://127.0.0.1:" + this.billing.port());
		properties.put("spring.grpc.client.channel.catalog.target", "127.0.0.1:" + this.catalog.port());
		return properties;
	}

	/**
	 * Spring properties that point the BFF straight at the backends, for measurements
	 * without the proxies.
	 */
	public Map<String, Object> directProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("app.bff.orders.base-url", "http://127.0.0.1:" + this.ordersPort);
		properties.put("app.bff.billing.base-url", "http://127.0.0.1:" + this.billingPort);
		properties.put("spring.grpc.client.channel.catalog.target", "127.0.0.1:" + this.catalogGrpcPort);
		return properties;
	}

	/** Every proxy back to passing traffic. */
	public void allUp() {
		this.orders.pass();
		this.billing.pass();
		this.catalog.pass();
	}

	private void add(ServiceJvm service) {
		this.services.put(service.name(), service);
	}

	/** Stops the three at once; closing the executor waits until each JVM has ended. */
	private void stopAll() {
		try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
			this.services.values().forEach((service) -> stopping.submit(() -> {
				service.stop();
				return null;
			}));
		}
	}

}
