package com.example.shop.bff.support;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.net.LoopbackProxy;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ServiceJvm;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

/**
 * The three real backends, each its own JVM from its jar, on loopback behind a
 * {@link LoopbackProxy} that tests turn slow or dead. Started once per test JVM (about 20
 * s on two cores) and shared by every BFF integration test; databases are the per-JVM
 * embedded PostgreSQL and Mongo stand-in. The jars come from the reactor build, which
 * builds the backends before this module.
 */
public final class RealBackends {

	private final Map<String, ServiceJvm> services = new LinkedHashMap<>();

	public final LoopbackProxy orders;

	public final LoopbackProxy billing;

	public final LoopbackProxy catalog;

	public final int catalogGrpcPort;

	public final int ordersPort;

	public final int billingPort;

	private RealBackends() throws IOException, InterruptedException {
		Path root = repositoryRoot();
		PrintStream log = new PrintStream(Files.newOutputStream(Path.of("target", "real-backends.log")), true);
		var ordersDb = EmbeddedPostgresServer.get().createFreshDatabase("bff_orders");
		var billingDb = EmbeddedPostgresServer.get().createFreshDatabase("bff_billing");
		MongoStandInServer mongo = MongoStandInServer.get();
		mongo.freshDatabase("bff_catalog");

		this.ordersPort = ServiceJvm.freePort();
		this.billingPort = ServiceJvm.freePort();
		this.catalogGrpcPort = ServiceJvm.freePort();
		int catalogHttpPort = ServiceJvm.freePort();
		// Every backend trusts the test issuer, which mints the tokens the BFF relays.
		String issuer = "--app.security.issuer-uri=" + TestIssuer.get().issuerUri();
		add(new ServiceJvm("orders", root.resolve("backend-orders-rest/orders-service/target/orders-service.jar"),
				List.of("--server.port=" + this.ordersPort, "--management.server.port=" + ServiceJvm.freePort(),
						"--spring.datasource.url=" + ordersDb.jdbcUrl(),
						"--spring.datasource.username=" + ordersDb.username(),
						"--spring.datasource.password=" + ordersDb.password(), issuer),
				readiness(this.ordersPort), log, "[orders] "));
		add(new ServiceJvm("billing", root.resolve("backend-billing-rest/billing-service/target/billing-service.jar"),
				List.of("--server.port=" + this.billingPort, "--management.server.port=" + ServiceJvm.freePort(),
						"--spring.datasource.url=" + billingDb.jdbcUrl(),
						"--spring.datasource.username=" + billingDb.username(),
						"--spring.datasource.password=" + billingDb.password(), issuer),
				readiness(this.billingPort), log, "[billing] "));
		add(new ServiceJvm("catalog", root.resolve("backend-catalog-grpc/catalog-service/target/catalog-service.jar"),
				List.of("--server.port=" + catalogHttpPort, "--spring.grpc.server.port=" + this.catalogGrpcPort,
						"--spring.mongodb.uri=" + mongo.connectionString("bff_catalog"), issuer),
				URI.create("http://127.0.0.1:%d/actuator/health/readiness".formatted(catalogHttpPort)), log,
				"[catalog] "));
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
		warmUp();
		this.orders = LoopbackProxy.to(this.ordersPort);
		this.billing = LoopbackProxy.to(this.billingPort);
		this.catalog = LoopbackProxy.to(this.catalogGrpcPort);
	}

	/**
	 * One authenticated call to each backend, so each has fetched the issuer's keys and
	 * compiled its hot paths before a test's deadline-bound first call.
	 */
	private void warmUp() {
		String token = Caller.ADMIN.token();
		new LoopbackHttp(this.ordersPort).withBearer(token).get("/api/v1/orders?size=1");
		new LoopbackHttp(this.billingPort).withBearer(token).get("/api/v1/customers?size=1");
		ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", this.catalogGrpcPort)
			.usePlaintext()
			.intercept(new BearerTokenAuthenticationInterceptor(token))
			.build();
		try {
			CatalogServiceGrpc.newBlockingStub(channel)
				.withDeadlineAfter(30, TimeUnit.SECONDS)
				.listCategories(ListCategoriesRequest.getDefaultInstance());
		}
		finally {
			channel.shutdownNow();
		}
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

	/**
	 * A REST service's readiness probe on its own port (the actuator is on its management
	 * port).
	 */
	private static URI readiness(int port) {
		return URI.create("http://127.0.0.1:%d/readyz".formatted(port));
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("backend-orders-rest"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Run from inside the repository");
		}
		return dir;
	}

}
