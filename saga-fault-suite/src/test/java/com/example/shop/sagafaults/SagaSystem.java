package com.example.shop.sagafaults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.net.LoopbackProxy;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ServiceJvm;
import com.example.shop.testsupport.security.TestIssuer;
import org.bson.Document;

/**
 * The whole system the suite runs against, on loopback: the three real backends and the
 * real BFF (ui-app's jar, with the saga's test gate on), each its own JVM from its jar,
 * and a {@link LoopbackProxy} in front of each backend (the BFF reaches them only through
 * those). The catalog keeps reservations for {@link #RESERVATION_TIMEOUT} only, so a
 * backend "down longer than the reservation timeout" takes seconds, not minutes.
 */
final class SagaSystem implements AutoCloseable {

	/**
	 * Every service trusts test-support's test issuer, whose tokens the suite sends
	 * ({@link Tokens}).
	 */
	private static final String ISSUER = "--app.security.issuer-uri=" + TestIssuer.get().issuerUri();

	/** How long the catalog keeps a HELD reservation here. */
	static final Duration RESERVATION_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How old a committed reservation without order must be before the reconciler settles
	 * it.
	 */
	static final Duration ORPHAN_GRACE = Duration.ofSeconds(4);

	static final String CATALOG_DATABASE = "saga_catalog";

	final EmbeddedPostgresServer.Database ordersDb;

	final EmbeddedPostgresServer.Database billingDb;

	final int ordersPort;

	final int billingPort;

	final int catalogGrpcPort;

	final LoopbackProxy orders;

	final LoopbackProxy billing;

	final LoopbackProxy catalog;

	final Path gateDirectory;

	private final Path root;

	private final Path logs;

	private final List<ServiceJvm> backends = new ArrayList<>();

	private ServiceJvm bff;

	private int bffPort;

	private int bffStarts;

	private SagaSystem(Path root) throws IOException, InterruptedException {
		this.root = root;
		this.logs = Files.createDirectories(Path.of("target", "saga-faults"));
		this.gateDirectory = Files.createDirectories(this.logs.resolve("gate"));
		this.ordersDb = EmbeddedPostgresServer.get().createFreshDatabase("saga_orders");
		this.billingDb = EmbeddedPostgresServer.get().createFreshDatabase("saga_billing");
		MongoStandInServer mongo = MongoStandInServer.get();
		mongo.freshDatabase(CATALOG_DATABASE);
		this.ordersPort = ServiceJvm.freePort();
		this.billingPort = ServiceJvm.freePort();
		this.catalogGrpcPort = ServiceJvm.freePort();
		int catalogHttp = ServiceJvm.freePort();
		this.backends.add(restBackend("orders", "backend-orders-rest/orders-service/target/orders-service.jar",
				this.ordersPort, this.ordersDb));
		this.backends.add(restBackend("billing", "backend-billing-rest/billing-service/target/billing-service.jar",
				this.billingPort, this.billingDb));
		this.backends
			.add(new ServiceJvm("catalog", jar("backend-catalog-grpc/catalog-service/target/catalog-service.jar"),
					List.of("--server.port=" + catalogHttp, "--spring.grpc.server.port=" + this.catalogGrpcPort,
							"--spring.mongodb.uri=" + mongo.connectionString(CATALOG_DATABASE),
							"--app.catalog.reservation-timeout=" + RESERVATION_TIMEOUT.toMillis() + "ms",
							"--app.catalog.sweeper.interval=200ms", "--app.catalog.sweeper.settle-grace=500ms", ISSUER),
					ServiceJvm.readiness(catalogHttp), log("catalog"), ""));
		for (ServiceJvm service : this.backends) {
			service.start();
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "saga-system-stop"));
		for (ServiceJvm service : this.backends) {
			service.awaitReady(Duration.ofMinutes(3));
		}
		mongo.database(CATALOG_DATABASE)
			.getCollection("categories")
			.insertOne(new Document("_id", "test").append("name", "Test products"));
		this.orders = LoopbackProxy.to(this.ordersPort);
		this.billing = LoopbackProxy.to(this.billingPort);
		this.catalog = LoopbackProxy.to(this.catalogGrpcPort);
		startBff();
	}

	static SagaSystem start() throws IOException, InterruptedException {
		return new SagaSystem(ServiceJvm.repositoryRoot());
	}

	/** The BFF's port (a new one after each restart). */
	int bffPort() {
		return this.bffPort;
	}

	/**
	 * Starts the BFF: ui-app's jar, pointed at the proxies, its reconciler on a quick
	 * schedule, its saga gate on.
	 */
	void startBff() throws IOException, InterruptedException {
		this.bffPort = ServiceJvm.freePort();
		int management = ServiceJvm.freePort();
		this.bffStarts++;
		this.bff = new ServiceJvm("bff", jar("ui-app/target/ui-app.jar"), List.of("--server.address=127.0.0.1",
				"--server.port=" + this.bffPort, "--management.server.port=" + management,
				"--app.bff.orders.base-url=http://127.0.0.1:" + this.orders.port(),
				"--app.bff.billing.base-url=http://127.0.0.1:" + this.billing.port(),
				"--spring.grpc.client.channel.catalog.target=127.0.0.1:" + this.catalog.port(), ISSUER,
				"--app.security.client-secret=saga-faults", "--app.bff.request-budget=8s",
				"--app.bff.orders.timeout=1500ms", "--app.bff.billing.timeout=1500ms",
				"--app.bff.catalog.timeout=1500ms", "--app.bff.circuit-breaker.open-for=300ms",
				"--app.bff.reconciler.enabled=true", "--app.bff.reconciler.interval=250ms",
				"--app.bff.reconciler.grace=1s", "--app.bff.reconciler.orphan-grace=" + ORPHAN_GRACE.toMillis() + "ms",
				"--app.bff.reconciler.lease=15s", "--app.bff.reconciler.max-backoff=2s",
				"--app.bff.saga.test-gate-dir=" + this.gateDirectory.toAbsolutePath(),
				"--app.bff.saga.shutdown-wait=5s", "--logging.level.root=WARN",
				"--logging.level.com.example.shop=INFO"), ServiceJvm.readiness(management),
				log("bff-" + this.bffStarts), "");
		this.bff.start();
		this.bff.awaitReady(Duration.ofMinutes(3));
	}

	/** Kills the BFF's JVM at once (SIGKILL), as a crash would end it. */
	void killBff() throws InterruptedException {
		this.bff.kill();
	}

	/** Every proxy passing traffic again. */
	void allUp() {
		this.orders.pass();
		this.billing.pass();
		this.catalog.pass();
	}

	@Override
	public void close() {
		stopAll();
	}

	private void stopAll() {
		try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
			List<ServiceJvm> all = new ArrayList<>(this.backends);
			if (this.bff != null) {
				all.add(this.bff);
			}
			all.forEach((service) -> stopping.submit(() -> {
				service.stop();
				return null;
			}));
		}
	}

	/**
	 * One of the REST backends (orders, billing) on its port and its fresh database, with
	 * the suite's issuer.
	 */
	private ServiceJvm restBackend(String name, String jarPath, int port, EmbeddedPostgresServer.Database db)
			throws IOException {
		return new ServiceJvm(name, jar(jarPath),
				List.of("--server.port=" + port, "--spring.datasource.url=" + db.jdbcUrl(),
						"--spring.datasource.username=" + db.username(),
						"--spring.datasource.password=" + db.password(),
						"--management.server.port=" + ServiceJvm.freePort(), ISSUER),
				readyz(port), log(name), "");
	}

	private Path jar(String path) {
		return this.root.resolve(path);
	}

	private PrintStream log(String name) throws IOException {
		return new PrintStream(Files.newOutputStream(this.logs.resolve(name + ".log")), true);
	}

	/**
	 * A REST service's readiness on its own port (the actuator is on its management
	 * port).
	 */
	private static java.net.URI readyz(int port) {
		return java.net.URI.create("http://127.0.0.1:%d/readyz".formatted(port));
	}

}
