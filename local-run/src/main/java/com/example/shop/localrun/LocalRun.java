package com.example.shop.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import com.example.shop.localrun.billing.BillingDemoSeeder;
import com.example.shop.localrun.catalog.CatalogDemoSeeder;
import com.example.shop.localrun.catalog.MongoStandIn;
import com.example.shop.localrun.orders.OrdersDemoSeeder;
import com.example.shop.testsupport.process.ServiceJvm;

/**
 * Runs the whole system on this machine with embedded defaults: a real PostgreSQL
 * (embedded), every service as its own JVM on its default port, migrations applied by
 * each service, demo data loaded. Dev-only: this module is never packaged into an image.
 *
 * <p>
 * Console commands while it runs: {@code status}, {@code stop NAME}, {@code start NAME},
 * {@code restart NAME}, {@code quit}. Ctrl-C stops everything and leaves no process
 * behind (each service also exits by itself when this launcher is gone).
 */
public final class LocalRun {

	private static final java.time.Duration READY_TIMEOUT = java.time.Duration.ofMinutes(3);

	private final LocalSettings settings;

	private final PrintStream out = System.out;

	private final Map<String, ServiceJvm> services = new LinkedHashMap<>();

	private final Map<String, ServiceDefinition> byName = new LinkedHashMap<>();

	private EmbeddedPostgresCluster postgres;

	private MongoStandIn mongo;

	private LocalRun(LocalSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		List<String> options = List.of(args);
		if (options.contains("--help")) {
			System.out.println("""
					Usage: ./run-local.sh [--reset]
					  --reset  delete the local data (.local-run) and load the demo data afresh
					Ports: UI_PORT=8080 ORDERS_PORT=8081 CATALOG_HTTP_PORT=8082 CATALOG_GRPC_PORT=9090
					       BILLING_PORT=8083 POSTGRES_PORT=15432 MONGO_PORT=27018""");
			return;
		}
		LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
		if (options.contains("--reset")) {
			deleteRecursively(settings.home());
		}
		LocalRun run = new LocalRun(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(run::shutdown, "local-run-shutdown"));
		try {
			run.start();
		}
		catch (Exception ex) {
			System.err.println("Local run failed: " + ex.getMessage());
			System.exit(1);
		}
		run.console();
		new CountDownLatch(1).await();
	}

	private void start() throws Exception {
		this.out.println("==> Starting embedded PostgreSQL on port " + this.settings.postgresPort() + " (data in "
				+ this.settings.home().resolve("postgres") + ")");
		this.postgres = EmbeddedPostgresCluster.start(this.settings.home().resolve("postgres"),
				this.settings.postgresPort(), List.of("orders", "billing"));
		this.out.println("==> Starting the MongoDB stand-in on port " + this.settings.mongoPort() + " (data in "
				+ this.settings.home().resolve("mongo") + ")");
		this.mongo = MongoStandIn.start(this.settings.home().resolve("mongo"), this.settings.mongoPort());
		int colour = 1;
		for (ServiceDefinition definition : definitions()) {
			String label = "%-8s| ".formatted(definition.name());
			String prefix = (System.console() != null) ? "\u001B[3%dm%s\u001B[0m".formatted(colour++, label) : label;
			this.services.put(definition.name(), new ServiceJvm(definition.name(), definition.jar(),
					definition.arguments(), definition.readiness(), this.out, prefix));
			this.byName.put(definition.name(), definition);
		}
		for (ServiceJvm service : this.services.values()) {
			this.out.println("==> Starting " + service.name());
			service.start();
		}
		for (ServiceJvm service : this.services.values()) {
			service.awaitReady(READY_TIMEOUT);
			this.out.println("==> " + service.name() + " is ready; demo data: "
					+ this.byName.get(service.name()).seeder().seed());
		}
		banner();
	}

	private List<ServiceDefinition> definitions() {
		LocalSettings s = this.settings;
		LocalDate today = LocalDate.now(s.businessZone());
		List<ServiceDefinition> definitions = new ArrayList<>();
		definitions.add(
				new ServiceDefinition("orders", Path.of("backend-orders-rest/orders-service/target/orders-service.jar"),
						List.of("--server.port=" + s.ordersPort(), "--spring.datasource.url=" + s.jdbcUrl("orders"),
								"--spring.datasource.username=orders", "--spring.datasource.password=orders",
								"--app.business-zone=" + s.businessZone()),
						URI.create("http://localhost:%d/actuator/health/readiness".formatted(s.ordersPort())),
						new OrdersDemoSeeder(this.postgres.dataSource("orders"), today, s.businessZone()),
						List.of("http://localhost:%d/api/v1/orders".formatted(s.ordersPort()),
								"http://localhost:%d/v3/api-docs".formatted(s.ordersPort()))));
		definitions.add(new ServiceDefinition("catalog",
				Path.of("backend-catalog-grpc/catalog-service/target/catalog-service.jar"),
				List.of("--server.port=" + s.catalogHttpPort(), "--spring.grpc.server.port=" + s.catalogGrpcPort(),
						"--spring.mongodb.uri=" + this.mongo.connectionString("catalog"),
						"--app.business-zone=" + s.businessZone()),
				URI.create("http://localhost:%d/actuator/health/readiness".formatted(s.catalogHttpPort())),
				new CatalogDemoSeeder(this.mongo.connectionString("catalog"), java.time.Clock.systemUTC()), List.of(
						"grpc localhost:%d (grpcurl -plaintext localhost:%d list)".formatted(s.catalogGrpcPort(),
								s.catalogGrpcPort()),
						"http://localhost:%d/actuator/health".formatted(s.catalogHttpPort()))));
		definitions.add(new ServiceDefinition("billing",
				Path.of("backend-billing-rest/billing-service/target/billing-service.jar"),
				List.of("--server.port=" + s.billingPort(), "--spring.datasource.url=" + s.jdbcUrl("billing"),
						"--spring.datasource.username=billing", "--spring.datasource.password=billing",
						"--app.business-zone=" + s.businessZone()),
				URI.create("http://localhost:%d/actuator/health/readiness".formatted(s.billingPort())),
				new BillingDemoSeeder(this.postgres.dataSource("billing"), today, s.businessZone()),
				List.of("http://localhost:%d/api/v1/customers".formatted(s.billingPort()),
						"http://localhost:%d/api/v1/receivables/summary".formatted(s.billingPort()),
						"http://localhost:%d/v3/api-docs".formatted(s.billingPort()))));
		definitions.add(new ServiceDefinition("ui", Path.of("ui-app/target/ui-app.jar"),
				List.of("--server.port=" + s.uiPort(), "--app.bff.orders.base-url=http://localhost:" + s.ordersPort(),
						"--app.bff.billing.base-url=http://localhost:" + s.billingPort(),
						"--spring.grpc.client.channel.catalog.target=localhost:" + s.catalogGrpcPort(),
						"--app.business-zone=" + s.businessZone(), "--app.security.demo-users.enabled=true"),
				URI.create("http://localhost:%d/actuator/health/readiness".formatted(s.uiPort())), DemoSeeder.NONE,
				List.of("http://localhost:%d/ (users sales, billing, admin; password demo)".formatted(s.uiPort()),
						"http://localhost:%d/bff/v1/dashboard".formatted(s.uiPort()))));
		return definitions;
	}

	private void banner() {
		StringBuilder banner = new StringBuilder("\n==> The system is running on embedded defaults with demo data.\n");
		for (ServiceJvm service : this.services.values()) {
			banner.append("    %-8s %s%n".formatted(service.name(),
					String.join("  ", this.byName.get(service.name()).endpoints())));
		}
		banner.append("    %-8s jdbc:postgresql://localhost:%d/{orders,billing} (user = password = database name)%n"
			.formatted("postgres", this.settings.postgresPort()));
		banner.append("    %-8s %s (the in-process stand-in)%n".formatted("mongo",
				"mongodb://localhost:%d/catalog".formatted(this.settings.mongoPort())));
		banner.append(
				"    Try: curl -s 'http://localhost:%d/api/v1/orders?size=5'%n".formatted(this.settings.ordersPort()));
		banner.append("    Commands: status | stop <service> | start <service> | restart <service> | quit."
				+ " Ctrl-C stops everything.\n");
		this.out.println(banner);
	}

	/**
	 * Reads commands from the terminal; without a terminal (CI, nohup) it simply keeps
	 * running.
	 */
	private void console() {
		Thread.ofPlatform().daemon().name("local-run-console").start(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					command(line.trim());
				}
			}
			catch (IOException ex) {
				// No console: nothing to read.
			}
		});
	}

	private void command(String line) {
		String[] words = line.split("\\s+");
		try {
			switch (words[0]) {
				case "" -> {
				}
				case "status" -> this.services.values()
					.forEach((s) -> this.out.println("    %-8s %s".formatted(s.name(), s.status())));
				case "stop" -> service(words).stop();
				case "start" -> {
					ServiceJvm service = service(words);
					service.start();
					service.awaitReady(READY_TIMEOUT);
					this.out.println("==> " + service.name() + " is ready");
				}
				case "restart" -> {
					ServiceJvm service = service(words);
					service.stop();
					service.start();
					service.awaitReady(READY_TIMEOUT);
					this.out.println("==> " + service.name() + " is ready");
				}
				case "quit", "exit" -> System.exit(0);
				default ->
					this.out.println("Commands: status | stop <service> | start <service> | restart <service> | quit");
			}
		}
		catch (Exception ex) {
			this.out.println("==> " + ex.getMessage());
		}
	}

	private ServiceJvm service(String[] words) {
		ServiceJvm service = (words.length > 1) ? this.services.get(words[1]) : null;
		if (service == null) {
			throw new IllegalArgumentException("Name a service: " + String.join(", ", this.services.keySet()));
		}
		return service;
	}

	private void shutdown() {
		this.out.println("==> Stopping every service");
		List<Thread> stopping = new ArrayList<>();
		for (ServiceJvm service : this.services.values()) {
			stopping.add(Thread.ofPlatform().start(() -> {
				try {
					service.stop();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		}
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.postgres != null) {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				System.err.println("PostgreSQL did not stop cleanly: " + ex.getMessage());
			}
		}
		if (this.mongo != null) {
			this.mongo.close();
		}
		this.out.println("==> Stopped");
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
