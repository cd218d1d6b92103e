package com.example.shop.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.shop.localrun.catalog.MongoStandIn;
import com.example.shop.testsupport.process.ServiceJvm;

/**
 * Start-up and footprint of every long-running deployable (issue 18): time from process
 * start to a readiness 200, and resident memory at readiness and after a short warm-up,
 * each without and with a JDK 25 AOT cache (JEP 483/514), printed next to the Kubernetes
 * requests and limits. Not a test: run it with {@code ./run-benchmark.sh startup}.
 * <p>
 * It lives in local-run's tests because the local run is the one place that knows how the
 * whole system starts: every service's arguments ({@link LocalRun#definitions}), the
 * identity provider first (the UI reads its discovery document as it starts), the UI's
 * client secret, and the embedded PostgreSQL and MongoDB stand-in the services need. So
 * it measures exactly the jars and arguments {@code ./run-local.sh} runs.
 * <p>
 * Each service runs as in its pod, as far as a JVM flag can say so: the images' flags
 * ({@link ServiceJvm#jvmFlags(String) production}) with {@code -XX:MaxRAM} set to the
 * memory limit of its {@code k8s/base/<image>/deployment.yaml},
 * {@code -XX:ActiveProcessorCount} to its CPU limit, and the Serial collector, which is
 * what the JVM picks by itself in a container under 1792 MiB or 2 CPUs (every pod here).
 * The machine's cores are not limited: times are those of a pod with 2 free cores.
 * <p>
 * Variants, each started from the same files every round:
 * <ul>
 * <li>{@code jar}: the executable (nested) jar, as the local run starts it;</li>
 * <li>{@code extracted}: the jar extracted the documented way
 * ({@code java -Djarmode=tools -jar app.jar extract}), plain jars on a class path, as the
 * images lay it out (Jib's {@code -cp}); the fair baseline for the AOT cache, which only
 * works on that layout;</li>
 * <li>{@code aot}: the extracted jar with {@code -XX:AOTCache}, from one training run per
 * service with {@code -XX:AOTCacheOutput} (JDK 25 writes the cache as the JVM exits).
 * {@code training=refresh} (the default) trains the documented way
 * ({@code -Dspring.context.exit=onRefresh}: the context starts, then the JVM exits);
 * {@code training=workload} trains through readiness and the warm-up, then stops each
 * service. The measured runs use {@code -XX:AOTMode=on}, so a cache the JVM cannot use
 * fails the run instead of silently measuring nothing.</li>
 * </ul>
 * A round starts the five services one after the other, each alone on the machine until
 * it is ready (identity provider, orders, billing, catalog, ui-app), then warms up
 * through the BFF (dashboard, order list and detail as the demo admin, which calls
 * orders, billing and catalog) and signs in at the provider, then reads {@code VmRSS} and
 * {@code VmHWM} of each JVM and stops them all. Rounds alternate the variants, so a
 * change of load on the machine touches all alike; each figure is the median of the
 * rounds. Before the first round one unmeasured round migrates the databases and loads
 * the demo data, so every measured start finds them migrated, as a pod does.
 * <p>
 * Arguments, each {@code name=value}: {@code runs=3 training=refresh warmup=100}.
 */
public final class StartupBenchmark {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	/**
	 * How long a stopped JVM may take to end: a training run writes its cache as it
	 * exits, which takes a while.
	 */
	private static final Duration STOP_TIMEOUT = Duration.ofMinutes(5);

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

	private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	/** Every JVM this benchmark started and has not seen end: stopped on exit. */
	private static final List<Process> RUNNING = new CopyOnWriteArrayList<>();

	enum Variant {

		JAR, EXTRACTED, AOT;

		String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A service's Kubernetes resources, from its deployment.
	 *
	 * @param requestMiB the memory request
	 * @param limitMiB the memory limit
	 * @param cpuLimit the CPU limit, in cores
	 */
	record Resources(int requestMiB, int limitMiB, double cpuLimit) {

		private static final Pattern RESOURCES = Pattern.compile("requests:\\s*\\n\\s+cpu:\\s*\"?([0-9.]+m?)\"?\\s*\\n"
				+ "\\s+memory:\\s*(\\d+)(Mi|Gi)\\s*\\n\\s+limits:\\s*\\n\\s+cpu:\\s*\"?([0-9.]+m?)\"?\\s*\\n"
				+ "\\s+memory:\\s*(\\d+)(Mi|Gi)");

		static Resources of(Path deployment) throws IOException {
			Matcher m = RESOURCES.matcher(Files.readString(deployment));
			if (!m.find()) {
				throw new IllegalStateException("No requests and limits found in " + deployment);
			}
			return new Resources(mebibytes(m.group(2), m.group(3)), mebibytes(m.group(5), m.group(6)),
					cores(m.group(4)));
		}

		private static int mebibytes(String amount, String unit) {
			return Integer.parseInt(amount) * (unit.equals("Gi") ? 1024 : 1);
		}

		private static double cores(String cpu) {
			return cpu.endsWith("m") ? Double.parseDouble(cpu.substring(0, cpu.length() - 1)) / 1000
					: Double.parseDouble(cpu);
		}

		/**
		 * The JVM flags that make this JVM see what it would see in its pod: the images'
		 * flags with the pod's memory limit and CPUs, and the collector the JVM picks
		 * there by itself.
		 */
		List<String> jvmFlags() {
			int cpus = Math.max(1, (int) Math.ceil(this.cpuLimit));
			List<String> flags = new ArrayList<>(ServiceJvm.jvmFlags("production")
				.stream()
				.map((flag) -> flag.startsWith("-XX:MaxRAM=") ? "-XX:MaxRAM=" + this.limitMiB + "m" : flag)
				.toList());
			flags.add("-XX:ActiveProcessorCount=" + cpus);
			if (this.limitMiB < 1792 || cpus < 2) {
				flags.add("-XX:+UseSerialGC");
			}
			return flags;
		}

	}

	/**
	 * One service of the system, with where its extracted form and AOT cache live.
	 */
	record Service(ServiceDefinition definition, String image, Path jar, Path extracted, Path cache,
			Resources resources) {

		String name() {
			return this.definition.name();
		}

		List<String> command(Variant variant, List<String> extraFlags) {
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(this.resources.jvmFlags());
			if (variant == Variant.AOT) {
				command.add("-XX:AOTMode=on");
				command.add("-XX:AOTCache=" + this.cache);
			}
			command.addAll(extraFlags);
			command.add("-jar");
			command.add(((variant == Variant.JAR) ? this.jar : this.extracted).toString());
			command.addAll(this.definition.arguments());
			// The service ends itself if this benchmark dies.
			command.add("--app.parent-pid=" + ProcessHandle.current().pid());
			return command;
		}

	}

	/** One start of one service in one round. */
	record Sample(double readySeconds, double jvmSeconds, long rssReadyKiB, long rssWarmKiB, long peakKiB) {
	}

	/** A started JVM: when it started, and where its output goes. */
	record Started(Service service, Process process, long startNanos, Path log) {
	}

	private final Path root;

	private final Path work;

	private final List<Service> services;

	private final LocalSettings settings;

	private final int warmup;

	private final Map<String, Map<Variant, List<Sample>>> samples = new LinkedHashMap<>();

	private StartupBenchmark(Path root, Path work, LocalSettings settings, List<Service> services, int warmup) {
		this.root = root;
		this.work = work;
		this.settings = settings;
		this.services = services;
		this.warmup = warmup;
		services.forEach((s) -> this.samples.put(s.name(), new EnumMap<>(Variant.class)));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> arguments = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2 || !List.of("runs", "training", "warmup").contains(pair[0])) {
				System.err.println("Unknown argument '" + arg + "': runs=N training=refresh|workload warmup=N");
				System.exit(2);
			}
			arguments.put(pair[0], pair[1]);
		}
		int runs = Integer.parseInt(arguments.getOrDefault("runs", "3"));
		String training = arguments.getOrDefault("training", "refresh");
		int warmup = Integer.parseInt(arguments.getOrDefault("warmup", "100"));
		if (!training.equals("refresh") && !training.equals("workload")) {
			System.err.println("training must be refresh or workload, not '" + training + "'");
			System.exit(2);
		}
		// The Mongo stand-in's notes on indexes it ignores are not this benchmark's
		// business.
		System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel", "error");
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "startup-benchmark-stop"));

		Path root = ServiceJvm.repositoryRoot();
		Path work = root.resolve("local-run/target/startup-benchmark");
		LocalRun.deleteRecursively(work);
		Files.createDirectories(work.resolve("logs"));
		LocalSettings settings = LocalSettings
			.fromEnvironment(Map.of("LOCAL_RUN_HOME", work.resolve("home").toString()), ServiceJvm::freePort);
		System.out.printf("==> Load before: %s%n", loadAverage());
		try (EmbeddedPostgresCluster postgres = EmbeddedPostgresCluster.start(work.resolve("home/postgres"),
				settings.bindAddress(), settings.host(), settings.postgresPort(), List.of("orders", "billing"));
				MongoStandIn mongo = MongoStandIn.start(work.resolve("home/mongo"), settings.bindAddress(),
						settings.host(), settings.mongoPort())) {
			List<Service> services = new ArrayList<>();
			for (ServiceDefinition definition : LocalRun.definitions(settings, postgres, mongo)) {
				services.add(prepare(root, work, definition));
			}
			StartupBenchmark benchmark = new StartupBenchmark(root, work, settings, services, warmup);
			benchmark.prime();
			benchmark.train(training);
			for (int run = 1; run <= runs; run++) {
				for (Variant variant : Variant.values()) {
					System.out.printf("==> Round %d of %d: %s%n", run, runs, variant.label());
					benchmark.round(variant, "run" + run);
				}
			}
			System.out.printf("==> Load after: %s%n", loadAverage());
			benchmark.report(runs, training);
		}
		System.exit(0);
	}

	/**
	 * Extracts a service's jar the documented way and reads its pod's resources.
	 */
	private static Service prepare(Path root, Path work, ServiceDefinition definition)
			throws IOException, InterruptedException {
		String image = switch (definition.name()) {
			case Identity.NAME -> "identity-provider";
			case "ui" -> "ui-app";
			default -> definition.name();
		};
		Path jar = root.resolve(definition.jar());
		if (!Files.isRegularFile(jar)) {
			throw new IOException(jar + " is not built: ./run-benchmark.sh startup builds it");
		}
		Path destination = work.resolve("extracted").resolve(image);
		Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("logs/extract-" + image + ".log").toFile())
			.start();
		if (extract.waitFor() != 0 || !Files.isRegularFile(destination.resolve(jar.getFileName()))) {
			throw new IOException("Could not extract " + jar + "; see " + work.resolve("logs"));
		}
		Resources resources = Resources.of(root.resolve("k8s/base/" + image + "/deployment.yaml"));
		System.out.printf("==> %-17s %s (k8s: request %d MiB, limit %d MiB, %.1f CPU)%n", image,
				String.join(" ", resources.jvmFlags()), resources.requestMiB(), resources.limitMiB(),
				resources.cpuLimit());
		return new Service(definition, image, jar, destination.resolve(jar.getFileName()),
				destination.resolve(image + ".aot"), resources);
	}

	/**
	 * One unmeasured round: migrates the databases, loads the demo data (the warm-up
	 * reads it) and brings the jars into the page cache.
	 */
	private void prime() throws Exception {
		System.out.println("==> Priming: migrating the databases and loading the demo data (not measured)");
		List<Started> running = new ArrayList<>();
		try {
			for (Service service : this.services) {
				Started started = start(service, Variant.JAR, List.of(), "prime");
				running.add(started);
				awaitReady(started);
				System.out.printf("    %-17s ready; demo data: %s%n", service.image(),
						service.definition().seeder().seed());
			}
			warmUp();
		}
		finally {
			stopAll(running);
		}
	}

	/**
	 * Writes each service's AOT cache from a training run on its extracted form.
	 */
	private void train(String training) throws Exception {
		List<Started> running = new ArrayList<>();
		long begin = System.nanoTime();
		try {
			if (training.equals("refresh")) {
				System.out.println("==> Training (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh), one service "
						+ "after the other");
				for (Service service : this.services) {
					if (service.name().equals("ui")) {
						// The UI reads the provider's discovery document as its context
						// starts.
						Started provider = start(this.services.getFirst(), Variant.EXTRACTED, List.of(),
								"train-provider");
						running.add(provider);
						awaitReady(provider);
					}
					Started trainee = start(service, Variant.EXTRACTED,
							List.of("-XX:AOTCacheOutput=" + service.cache(), "-Dspring.context.exit=onRefresh"),
							"train");
					if (!trainee.process().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
						throw new IOException(service.image() + "'s training run did not end; see " + trainee.log());
					}
					RUNNING.remove(trainee.process());
				}
			}
			else {
				System.out.println("==> Training (-XX:AOTCacheOutput): every service to readiness, the warm-up, then "
						+ "a graceful stop");
				for (Service service : this.services) {
					Started trainee = start(service, Variant.EXTRACTED,
							List.of("-XX:AOTCacheOutput=" + service.cache()), "train");
					running.add(trainee);
					awaitReady(trainee);
				}
				warmUp();
			}
		}
		finally {
			stopAll(running);
		}
		for (Service service : this.services) {
			if (!Files.isRegularFile(service.cache())) {
				throw new IOException("No AOT cache was written for " + service.image() + "; see "
						+ this.work.resolve("logs/train-extracted-" + service.image() + ".log"));
			}
			System.out.printf("    %-17s %s, %d MiB%n", service.image(), this.root.relativize(service.cache()),
					Files.size(service.cache()) >> 20);
		}
		System.out.printf("    training took %.0f s%n", (System.nanoTime() - begin) / 1e9);
	}

	/**
	 * Starts every service one after the other, each alone until ready, then warms the
	 * system up and reads each JVM's memory.
	 */
	private void round(Variant variant, String tag) throws Exception {
		List<Started> running = new ArrayList<>();
		Map<Started, double[]> ready = new LinkedHashMap<>();
		try {
			for (Service service : this.services) {
				Started started = start(service, variant, List.of(), tag);
				running.add(started);
				double seconds = awaitReady(started);
				ready.put(started,
						new double[] { seconds, jvmSeconds(started.log()), memory(started.process().pid(), "VmRSS") });
				System.out.printf("    %-17s ready in %5.2f s, %4d MiB resident%n", service.image(), seconds,
						(long) ready.get(started)[2] >> 10);
			}
			warmUp();
			for (var entry : ready.entrySet()) {
				long pid = entry.getKey().process().pid();
				double[] atReady = entry.getValue();
				this.samples.get(entry.getKey().service().name())
					.computeIfAbsent(variant, (v) -> new ArrayList<>())
					.add(new Sample(atReady[0], atReady[1], (long) atReady[2], memory(pid, "VmRSS"),
							memory(pid, "VmHWM")));
			}
		}
		finally {
			stopAll(running);
		}
	}

	private Started start(Service service, Variant variant, List<String> extraFlags, String tag) throws IOException {
		Path log = this.work.resolve("logs/%s-%s-%s.log".formatted(tag, variant.label(), service.image()));
		ProcessBuilder builder = new ProcessBuilder(service.command(variant, extraFlags)).directory(this.root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long startNanos = System.nanoTime();
		Process process = builder.start();
		RUNNING.add(process);
		return new Started(service, process, startNanos, log);
	}

	/** Seconds from the process's start to the first 200 from its readiness probe. */
	private static double awaitReady(Started started) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(started.service().definition().readiness())
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = started.startNanos() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!started.process().isAlive()) {
				throw new IOException(started.service().image() + " exited during start-up; see " + started.log());
			}
			try {
				if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - started.startNanos()) / 1e9;
				}
			}
			catch (IOException notListeningYet) {
				// Still starting.
			}
			Thread.sleep(50);
		}
		throw new IOException(started.service().image() + " was not ready within " + READY_TIMEOUT.toSeconds()
				+ " s; see " + started.log());
	}

	/**
	 * A few requests a first user makes: the dashboard, an order list and an order's
	 * detail through the BFF (which calls orders, billing and catalog), and a sign-in at
	 * the provider.
	 */
	private void warmUp() throws IOException, InterruptedException {
		String ui = this.settings.url(this.settings.uiPort());
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + Identity.PASSWORD).getBytes(StandardCharsets.UTF_8));
		// First, as the local run does, until the dashboard and the order list and detail
		// each come back whole, asking every half second: a cold backend answers the
		// BFF's
		// first calls late, and a burst of them would open its circuit (then every answer
		// of the rounds would be a quick refusal, not work).
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline && !whole(ui, basic)) {
			Thread.sleep(500);
		}
		int incomplete = 0;
		for (int i = 0; i < this.warmup; i++) {
			incomplete += incomplete(get(ui + "/bff/v1/dashboard", basic));
			String list = get(ui + "/bff/v1/orders?size=1", basic);
			incomplete += incomplete(list);
			Matcher newest = FIRST_ID.matcher((list != null) ? list : "");
			if (newest.find()) {
				incomplete += incomplete(get(ui + "/bff/v1/orders/" + newest.group(1), basic));
			}
		}
		Identity identity = new Identity(this.settings, false);
		for (int i = 0; i < 3; i++) {
			identity.token("admin", Identity.PASSWORD);
		}
		if (incomplete > 0) {
			System.out.printf("    warm-up: %d of %d BFF answers missing a part%n", incomplete, this.warmup * 3);
		}
	}

	private static boolean whole(String ui, String basic) throws InterruptedException {
		String list = get(ui + "/bff/v1/orders?size=1", basic);
		Matcher newest = FIRST_ID.matcher((list != null) ? list : "");
		return incomplete(get(ui + "/bff/v1/dashboard", basic)) == 0 && incomplete(list) == 0 && newest.find()
				&& incomplete(get(ui + "/bff/v1/orders/" + newest.group(1), basic)) == 0;
	}

	private static int incomplete(String body) {
		return (body == null || body.contains("\"unavailable\"")) ? 1 : 0;
	}

	private static String get(String url, String authorization) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", authorization)
			.build();
		try {
			HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return (answer.statusCode() == 200) ? answer.body() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** A memory figure of {@code /proc/<pid>/status}, in KiB. */
	private static long memory(long pid, String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith(field + ":")) {
				return Long.parseLong(line.replaceAll("\\D+", ""));
			}
		}
		throw new IOException("No " + field + " for process " + pid);
	}

	/** The seconds of Spring Boot's "Started ... in X seconds" line, or NaN. */
	private static double jvmSeconds(Path log) throws IOException {
		Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
		return started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
	}

	/** Stops them all at once (SIGTERM), and waits for each to end. */
	private static void stopAll(List<Started> running) throws InterruptedException {
		running.forEach((started) -> started.process().destroy());
		for (Started started : running) {
			if (!started.process().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				started.process().destroyForcibly().waitFor();
			}
			RUNNING.remove(started.process());
		}
	}

	private void report(int runs, String training) throws IOException {
		System.out.println();
		System.out.printf("Start-up: seconds from process start to readiness 200, median of %d (Spring Boot's own "
				+ "\"Started in\" in brackets); AOT cache trained with training=%s%n", runs, training);
		System.out.printf("%-17s %8s %16s %16s %9s %9s  %s%n", "service", "jar", "extracted", "AOT cache", "AOT/ext",
				"cache MiB", "goal");
		for (Service service : this.services) {
			Map<Variant, List<Sample>> s = this.samples.get(service.name());
			double extracted = median(s.get(Variant.EXTRACTED), Sample::readySeconds);
			double aot = median(s.get(Variant.AOT), Sample::readySeconds);
			System.out.printf("%-17s %8.2f %8.2f (%5.2f) %8.2f (%5.2f) %8.2fx %9d  %s%n", service.image(),
					median(s.get(Variant.JAR), Sample::readySeconds), extracted,
					median(s.get(Variant.EXTRACTED), Sample::jvmSeconds), aot,
					median(s.get(Variant.AOT), Sample::jvmSeconds), aot / extracted, Files.size(service.cache()) >> 20,
					"report; worth shipping at <= 0.75x");
		}
		System.out.println();
		System.out
			.printf("Memory: MiB resident (VmRSS) at readiness and after the warm-up, peak (VmHWM); median of %d; "
					+ "jar / extracted / AOT cache%n", runs);
		System.out.printf("%-17s %-14s %-14s %-14s %8s %8s %10s %11s  %s%n", "service", "RSS ready", "RSS warm", "peak",
				"request", "limit", "req/warm", "limit/peak", "goals");
		for (Service service : this.services) {
			Map<Variant, List<Sample>> s = this.samples.get(service.name());
			double warm = 0;
			double peak = 0;
			StringBuilder ready = new StringBuilder();
			StringBuilder warmed = new StringBuilder();
			StringBuilder peaks = new StringBuilder();
			for (Variant variant : Variant.values()) {
				String separator = (variant == Variant.JAR) ? "" : "/";
				double r = median(s.get(variant), Sample::rssReadyKiB) / 1024;
				double w = median(s.get(variant), Sample::rssWarmKiB) / 1024;
				double p = median(s.get(variant), Sample::peakKiB) / 1024;
				ready.append(separator).append(Math.round(r));
				warmed.append(separator).append(Math.round(w));
				peaks.append(separator).append(Math.round(p));
				warm = Math.max(warm, w);
				peak = Math.max(peak, p);
			}
			Resources k8s = service.resources();
			System.out.printf("%-17s %-14s %-14s %-14s %6dMi %6dMi %9.2fx %10.2fx  %s%n", service.image(), ready,
					warmed, peaks, k8s.requestMiB(), k8s.limitMiB(), k8s.requestMiB() / warm, k8s.limitMiB() / peak,
					"request >= 1.00x warm RSS; limit >= 1.50x peak");
		}
		System.out.println("(req/warm and limit/peak against the largest of the three variants' medians.)");
		System.out.printf("Logs of every start: %s%n", this.root.relativize(this.work.resolve("logs")));
	}

	private static double median(List<Sample> samples, ToDoubleFunction<Sample> figure) {
		double[] values = samples.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return "load average %s, %s, %s (%d cores)".formatted(fields[0], fields[1], fields[2],
					Runtime.getRuntime().availableProcessors());
		}
		catch (IOException ex) {
			return "load average unknown";
		}
	}

}
