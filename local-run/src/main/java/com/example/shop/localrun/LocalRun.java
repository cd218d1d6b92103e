package com.example.shop.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.example.shop.localrun.billing.BillingDemoSeeder;
import com.example.shop.localrun.catalog.CatalogDemoSeeder;
import com.example.shop.localrun.catalog.MongoStandIn;
import com.example.shop.localrun.orders.OrdersDemoSeeder;
import com.example.shop.testsupport.process.ServiceJvm;

/**
 * Runs the whole system on this machine with embedded defaults: a real PostgreSQL
 * (embedded), every service as its own JVM (from a copy of its jar) on its port,
 * migrations applied by each service, demo data loaded; everything listens on loopback
 * unless {@code BIND_ADDRESS} says otherwise. Once all is ready it writes
 * {@code ready.properties} with the actual ports ({@link ReadinessFile}). Dev-only: this
 * module is never packaged into an image.
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

	/** The dev-only trace receiver of {@code --traces}, or null. */
	private volatile LocalTraces traces;

	private final Identity identity;

	private EmbeddedPostgresCluster postgres;

	private MongoStandIn mongo;

	/**
	 * The background batch run the local run started, if any: stopped with everything
	 * else.
	 */
	private volatile Process batch;

	private LocalRun(LocalSettings settings, boolean otherIssuer) {
		this.settings = settings;
		this.identity = new Identity(settings, otherIssuer);
	}

	public static void main(String[] args) throws Exception {
		Options options;
		LocalSettings settings;
		try {
			options = Options.parse(args);
			settings = LocalSettings.fromEnvironment(System.getenv(),
					options.freePorts() ? ServiceJvm::freePort : null);
			ReadinessFile.claim(settings.home());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		LocalRun run = new LocalRun(settings, options.otherIssuer());
		Runtime.getRuntime().addShutdownHook(new Thread(run::shutdown, "local-run-shutdown"));
		try {
			if (options.reset()) {
				run.out.println("==> --reset: deleting the local data in " + settings.home());
				deleteRecursively(settings.home().resolve("postgres"));
				deleteRecursively(settings.home().resolve("mongo"));
				deleteRecursively(settings.home().resolve("identity"));
			}
			if (options.traces()) {
				run.traces = LocalTraces.start(run.out, settings.home());
			}
			run.start(options.demoData());
		}
		catch (Exception ex) {
			System.err.println("Local run failed: " + ex.getMessage());
			System.exit(1);
		}
		run.console();
		new CountDownLatch(1).await();
	}

	private void start(boolean demoData) throws Exception {
		LocalSettings s = this.settings;
		this.out.println("==> Starting embedded PostgreSQL on %s:%d (data in %s)".formatted(s.bindAddress(),
				s.postgresPort(), s.home().resolve("postgres")));
		this.postgres = EmbeddedPostgresCluster.start(s.home().resolve("postgres"), s.bindAddress(), s.host(),
				s.postgresPort(), List.of("orders", "billing"));
		if (CommentFix.apply(this.postgres.dataSource("orders"))) {
			this.out.println(
					"==> Recorded the corrected comment of the orders V1 migration (issue 13) in Flyway's history");
		}
		this.out.println("==> Starting the MongoDB stand-in on %s:%d (data in %s)".formatted(s.bindAddress(),
				s.mongoPort(), s.home().resolve("mongo")));
		this.mongo = MongoStandIn.start(s.home().resolve("mongo"), s.bindAddress(), s.host(), s.mongoPort());
		Path runtime = s.home().resolve("runtime/services");
		Files.createDirectories(runtime);
		int colour = 1;
		for (ServiceDefinition definition : definitions()) {
			String label = "%-8s| ".formatted(definition.name());
			String prefix = (System.console() != null) ? "\u001B[3%dm%s\u001B[0m".formatted(colour++, label) : label;
			ServiceJvm service = new ServiceJvm(definition.name(), runCopy(definition.jar(), runtime),
					definition.arguments(), definition.readiness(), this.out, prefix);
			if (this.traces != null) {
				// Else each process inherits whatever OTEL_EXPORTER_OTLP_ENDPOINT the run
				// was given.
				service.environment("OTEL_EXPORTER_OTLP_ENDPOINT", this.traces.endpoint());
			}
			this.services.put(definition.name(), service);
			this.byName.put(definition.name(), definition);
		}
		// The identity provider first: the UI reads its discovery document as it starts.
		ServiceJvm provider = this.services.get(Identity.NAME);
		this.out.println("==> Starting " + provider.name());
		provider.start();
		provider.awaitReady(READY_TIMEOUT);
		for (ServiceJvm service : this.services.values()) {
			this.out.println("==> Starting " + service.name());
			service.start();
		}
		for (ServiceJvm service : this.services.values()) {
			service.awaitReady(READY_TIMEOUT);
			String seeded = demoData ? this.byName.get(service.name()).seeder().seed() : "not loaded (--no-demo-data)";
			this.out.println("==> " + service.name() + " is ready; demo data: " + seeded);
		}
		copyBatchJars(s.home().resolve("runtime/batch"));
		if (demoData) {
			summariseDemoDays();
		}
		warmUp();
		ReadinessFile.write(s.home(), readiness(demoData));
		banner();
	}

	/**
	 * Asks the BFF for the dashboard, and then for the newest order's detail, until every
	 * part of each is available: the first calls into cold JVMs (each backend also
	 * fetches the identity provider's keys then) take longer than the BFF's per-call
	 * timeout, and a burst of them from the first user would open a circuit. The two
	 * pages between them take every backend call the first user's screens make (lists,
	 * the products by SKU, the invoice by order, the customer). Ready means ready for
	 * that first user.
	 */
	private void warmUp() throws IOException, InterruptedException {
		this.out.println("==> Warming up: the dashboard and an order's detail through the BFF, as a demo user");
		HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		untilAvailable(http, "/bff/v1/dashboard", deadline);
		Matcher newest = FIRST_ID.matcher(untilAvailable(http, "/bff/v1/orders?size=1", deadline));
		if (newest.find()) {
			untilAvailable(http, "/bff/v1/orders/" + newest.group(1), deadline);
		}
	}

	private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private String untilAvailable(HttpClient http, String path, long deadline)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.url(this.settings.uiPort()) + path))
			.timeout(java.time.Duration.ofSeconds(10))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString(("admin:" + Identity.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && !answer.body().contains("\"unavailable\"")) {
					return answer.body();
				}
			}
			catch (java.net.http.HttpTimeoutException slow) {
				// a cold path: ask again
			}
			Thread.sleep(500);
		}
		throw new IOException("The BFF did not get every part of " + path + " within " + READY_TIMEOUT.toSeconds()
				+ " s; the services' output above says why");
	}

	/**
	 * The jar the local run executes: a copy taken at start, so a build while the system
	 * runs ({@code ./mvnw package}, {@code ./run-tests.sh}) cannot rewrite the classes
	 * under a running JVM, which reads them lazily from its jar.
	 */
	private static Path runCopy(Path built, Path runtime) throws IOException {
		if (!Files.isRegularFile(built)) {
			throw new IOException(built + " is not built: run ./run-local.sh, which builds it first");
		}
		return Files.copy(built, runtime.resolve(built.getFileName()), StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * The batch applications of this build, beside the services' copies: what
	 * {@code ./run-batch.sh} runs against this system.
	 */
	private static void copyBatchJars(Path runtime) throws IOException {
		Files.createDirectories(runtime);
		for (String domain : List.of("orders", "catalog", "billing")) {
			Path jar = Path.of("batch-jobs/%s-batch/target/%s-batch.jar".formatted(domain, domain));
			if (Files.isRegularFile(jar)) {
				runCopy(jar, runtime);
			}
		}
	}

	/**
	 * The demo orders span the last 60 days: their days are summarised in the background
	 * by orders-batch (the stats compute a day without a summary live meanwhile). A later
	 * start on the same day finds the run completed and does nothing.
	 */
	private void summariseDemoDays() {
		Path jar = this.settings.home().resolve("runtime/batch/orders-batch.jar");
		if (!Files.isRegularFile(jar)) {
			return;
		}
		LocalDate yesterday = LocalDate.now(this.settings.businessZone()).minusDays(1);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--spring.datasource.url=" + this.settings.jdbcUrl("orders"),
				"--spring.datasource.username=orders", "--spring.datasource.password=orders",
				"--app.business-zone=" + this.settings.businessZone(), "daily-sales-summary",
				"from=" + yesterday.minusDays(60), "to=" + yesterday);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			this.batch = process;
			Thread.ofPlatform().daemon().name("orders-batch-output").start(() -> {
				try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
					lines.lines().forEach((line) -> this.out.println("batch   | " + line));
				}
				catch (IOException ex) {
					// The run ended; nothing more to show.
				}
			});
			this.out.println("==> Summarising the demo days in the background (orders-batch daily-sales-summary)");
		}
		catch (IOException ex) {
			this.out.println("==> Could not start orders-batch to summarise the demo days: " + ex.getMessage());
		}
	}

	private Map<String, String> readiness(boolean demoData) {
		LocalSettings s = this.settings;
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("pid", Long.toString(ProcessHandle.current().pid()));
		entries.put("home", s.home().toAbsolutePath().toString());
		entries.put("bind.address", s.bindAddress());
		entries.put("host", s.host());
		entries.put("ui.port", Integer.toString(s.uiPort()));
		entries.put("ui.url", s.url(s.uiPort()));
		entries.put("ui.management.url", s.url(s.uiManagementPort()));
		entries.put("identity.port", Integer.toString(s.identityPort()));
		entries.put("identity.url", this.identity.issuer());
		entries.put("identity.cli.client-id", Identity.CLI_CLIENT);
		entries.put("orders.port", Integer.toString(s.ordersPort()));
		entries.put("orders.url", s.url(s.ordersPort()));
		entries.put("orders.management.url", s.url(s.ordersManagementPort()));
		entries.put("billing.port", Integer.toString(s.billingPort()));
		entries.put("billing.url", s.url(s.billingPort()));
		entries.put("billing.management.url", s.url(s.billingManagementPort()));
		entries.put("catalog.grpc.port", Integer.toString(s.catalogGrpcPort()));
		entries.put("catalog.grpc.target", s.host() + ":" + s.catalogGrpcPort());
		entries.put("catalog.http.port", Integer.toString(s.catalogHttpPort()));
		entries.put("catalog.http.url", s.url(s.catalogHttpPort()));
		entries.put("postgres.port", Integer.toString(s.postgresPort()));
		entries.put("postgres.orders.url", s.jdbcUrl("orders"));
		entries.put("postgres.billing.url", s.jdbcUrl("billing"));
		entries.put("mongo.port", Integer.toString(s.mongoPort()));
		entries.put("mongo.catalog.uri", this.mongo.connectionString("catalog"));
		entries.put("business.zone", s.businessZone().getId());
		entries.put("batch.jars", s.home().resolve("runtime/batch").toAbsolutePath().toString());
		entries.put("demo.data", Boolean.toString(demoData));
		entries.put("demo.users", "sales,billing,admin,minji");
		entries.put("demo.password", "demo");
		return entries;
	}

	/**
	 * Every service as the local run starts it (identity provider first), on these
	 * databases: the start-up benchmark starts the same jars with the same arguments.
	 */
	static List<ServiceDefinition> definitions(LocalSettings settings, EmbeddedPostgresCluster postgres,
			MongoStandIn mongo) {
		LocalRun run = new LocalRun(settings, false);
		run.postgres = postgres;
		run.mongo = mongo;
		return run.definitions();
	}

	private List<ServiceDefinition> definitions() {
		LocalSettings s = this.settings;
		LocalDate today = LocalDate.now(s.businessZone());
		List<ServiceDefinition> definitions = new ArrayList<>();
		definitions.add(this.identity.provider());
		definitions.add(
				new ServiceDefinition("orders", Path.of("backend-orders-rest/orders-service/target/orders-service.jar"),
						postgresBackend("orders", s.ordersPort(), s.ordersManagementPort()),
						URI.create(s.url(s.ordersPort()) + "/readyz"),
						new OrdersDemoSeeder(this.postgres.dataSource("orders"), today, s.businessZone()),
						List.of(shown(s.ordersPort(), "/api/v1/orders"), shown(s.ordersPort(), "/v3/api-docs"))));
		definitions.add(new ServiceDefinition("catalog",
				Path.of("backend-catalog-grpc/catalog-service/target/catalog-service.jar"),
				this.identity.withTokens(List.of("--server.address=" + s.bindAddress(),
						"--server.port=" + s.catalogHttpPort(), "--spring.grpc.server.address=" + s.bindAddress(),
						"--spring.grpc.server.port=" + s.catalogGrpcPort(),
						// grpcurl without the .proto files: the local run only.
						"--spring.grpc.server.reflection.enabled=true",
						"--spring.mongodb.uri=" + this.mongo.connectionString("catalog"),
						"--app.business-zone=" + s.businessZone())),
				URI.create(s.url(s.catalogHttpPort()) + "/actuator/health/readiness"),
				new CatalogDemoSeeder(this.mongo.connectionString("catalog"), java.time.Clock.systemUTC(), today,
						s.businessZone()),
				List.of("grpc %s:%d (grpcurl -plaintext %s:%d list)".formatted(shownHost(), s.catalogGrpcPort(),
						shownHost(), s.catalogGrpcPort()), shown(s.catalogHttpPort(), "/actuator/health"))));
		definitions.add(new ServiceDefinition("billing",
				Path.of("backend-billing-rest/billing-service/target/billing-service.jar"),
				postgresBackend("billing", s.billingPort(), s.billingManagementPort()),
				URI.create(s.url(s.billingPort()) + "/readyz"),
				new BillingDemoSeeder(this.postgres.dataSource("billing"), today, s.businessZone()),
				List.of(shown(s.billingPort(), "/api/v1/customers"),
						shown(s.billingPort(), "/api/v1/receivables/summary"),
						shown(s.billingPort(), "/v3/api-docs"))));
		definitions.add(
				new ServiceDefinition("ui", Path.of("ui-app/target/ui-app.jar"),
						this.identity
							.withTokens(this.identity.ui(List.of("--server.address=" + s.bindAddress(),
									"--server.port=" + s.uiPort(), "--management.server.address=" + s.bindAddress(),
									"--management.server.port=" + s.uiManagementPort(),
									"--app.bff.orders.base-url=" + s.url(s.ordersPort()),
									"--app.bff.billing.base-url=" + s.url(s.billingPort()),
									"--spring.grpc.client.channel.catalog.target=" + s.host() + ":"
											+ s.catalogGrpcPort(),
									"--app.business-zone=" + s.businessZone()))),
						URI.create(s.url(s.uiPort()) + "/readyz"), DemoSeeder.NONE,
						List.of(shown(s.uiPort(), "/") + " (users sales, billing, admin, minji; password demo)",
								shown(s.uiPort(), "/bff/v1/dashboard"))));
		return definitions;
	}

	/**
	 * The arguments of a REST backend on its own database of the embedded PostgreSQL
	 * (orders, billing): its ports, and its database as the role of the same name.
	 */
	private List<String> postgresBackend(String database, int port, int managementPort) {
		LocalSettings s = this.settings;
		return this.identity.withTokens(List.of("--server.address=" + s.bindAddress(), "--server.port=" + port,
				"--management.server.address=" + s.bindAddress(), "--management.server.port=" + managementPort,
				"--spring.datasource.url=" + s.jdbcUrl(database), "--spring.datasource.username=" + database,
				"--spring.datasource.password=" + database, "--app.business-zone=" + s.businessZone()));
	}

	/** The host as a person types it: {@code localhost} for loopback. */
	private String shownHost() {
		return LocalSettings.LOOPBACK.equals(this.settings.host()) ? "localhost" : this.settings.host();
	}

	private String shown(int port, String path) {
		return "http://%s:%d%s".formatted(shownHost(), port, path);
	}

	private void banner() {
		LocalSettings s = this.settings;
		StringBuilder banner = new StringBuilder("\n==> The system is running on embedded defaults with demo data.\n");
		for (ServiceJvm service : this.services.values()) {
			banner.append("    %-8s %s%n".formatted(service.name(),
					String.join("  ", this.byName.get(service.name()).endpoints())));
		}
		banner.append("    %-8s jdbc:postgresql://%s:%d/{orders,billing} (user = password = database name)%n"
			.formatted("postgres", shownHost(), s.postgresPort()));
		banner.append("    %-8s mongodb://%s:%d/catalog (the in-process stand-in)%n".formatted("mongo", shownHost(),
				s.mongoPort()));
		banner.append("    Listening on %s only%s. Ports and URLs for tools: %s%n".formatted(s.bindAddress(),
				LocalSettings.LOOPBACK.equals(s.bindAddress()) ? " (BIND_ADDRESS changes it)" : "",
				s.home().resolve(ReadinessFile.READY)));
		String exported = System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT");
		if (this.traces != null) {
			banner.append("    %-8s %s (OTLP/HTTP, dev only): trees of spans below and in %s%n".formatted("traces",
					this.traces.endpoint(), this.traces.file()));
		}
		else if (exported != null && !exported.isBlank()) {
			banner.append("    %-8s every process exports to %s (OTEL_EXPORTER_OTLP_ENDPOINT)%n".formatted("traces",
					exported));
		}
		banner.append("    Try: curl -s -H \"Authorization: Bearer $(./run-local.sh --token sales)\" '%s'%n"
			.formatted(shown(s.ordersPort(), "/api/v1/orders?size=5")));
		banner.append("    Commands: status | token <user> | stop <service> | start <service> | restart <service> |"
				+ " quit. Ctrl-C stops everything.\n");
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
				case "token" -> {
					if (words.length < 2) {
						throw new IllegalArgumentException("Name a user: token sales");
					}
					this.out.println(this.identity.token(words[1], (words.length > 2) ? words[2] : Identity.PASSWORD));
				}
				case "quit", "exit" -> System.exit(0);
				default -> this.out.println(
						"Commands: status | token <user> | stop <service> | start <service> | restart <service> | quit");
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
		try {
			ReadinessFile.release(this.settings.home());
		}
		catch (IOException ex) {
			System.err.println("Could not delete the readiness file: " + ex.getMessage());
		}
		this.out.println("==> Stopping every service");
		LocalTraces receiving = this.traces;
		List<Thread> stopping = new ArrayList<>();
		if (this.batch != null) {
			// The summary may still run (or its JVM still start): it stops before the
			// databases do, and no process of the run outlives it.
			Process summary = this.batch;
			stopping.add(Thread.ofPlatform().start(() -> stopWithin(summary, java.time.Duration.ofSeconds(30))));
		}
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
		if (receiving != null) {
			// After the services: their last spans are exported as they stop.
			receiving.close();
		}
		this.out.println("==> Stopped");
	}

	private static void stopWithin(Process process, java.time.Duration grace) {
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The command line. {@code ./run-local.sh --help} prints the usage without building;
	 * the launcher itself refuses what it does not know.
	 */
	record Options(boolean reset, boolean freePorts, boolean demoData, boolean otherIssuer, boolean traces) {

		static Options parse(String... args) {
			boolean traces = false;
			boolean reset = false;
			boolean freePorts = false;
			boolean demoData = true;
			boolean otherIssuer = false;
			for (String arg : args) {
				switch (arg) {
					case "--reset" -> reset = true;
					case "--free-ports" -> freePorts = true;
					case "--no-demo-data" -> demoData = false;
					case "--other-issuer" -> otherIssuer = true;
					case "--traces" -> traces = true;
					default -> throw new IllegalArgumentException(
							"Unknown option '" + arg + "': ./run-local.sh --help lists the options");
				}
			}
			return new Options(reset, freePorts, demoData, otherIssuer, traces);
		}

	}

	/** Deletes a directory with everything in it; nothing if it is not there. */
	static void deleteRecursively(Path root) throws IOException {
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
