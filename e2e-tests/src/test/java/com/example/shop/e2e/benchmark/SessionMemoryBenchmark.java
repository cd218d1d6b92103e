package com.example.shop.e2e.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.example.shop.e2e.harness.RunningShop;

/**
 * How much heap one open UI session holds, and how soon the UIs of closed tabs are
 * reclaimed: {@code ./run-benchmark.sh sessions} (ui-app/README.md, "Memory per
 * session").
 *
 * <p>
 * It starts the whole system as {@code ./run-local.sh --production-jvm} does (demo data,
 * every service with the images' JVM flags), then opens sessions over HTTP with
 * {@link Browserless}: each signs in through the identity provider and opens two tabs,
 * the dashboard and the order list, whose grid fetches its first page, and keeps them
 * open with heartbeats. The retained heap is measured by difference, from the live bytes
 * of ui-app's heap histogram ({@code jcmd PID GC.class_histogram}, which runs a full GC
 * first): once after a warm-up whose sessions were opened and reclaimed, once with every
 * session open. Then every tab "closes" (its heartbeats stop, as when a browser is closed
 * or crashes), and it waits until ui-app's {@code vaadin.uis} gauge says they are gone.
 *
 * <p>
 * The load client shares the machine's cores with the system, so this reports memory and
 * the reclaim time, not latency.
 */
public final class SessionMemoryBenchmark {

	private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

	private static final Pattern UIS = Pattern.compile("(?m)^vaadin_uis\\{[^}]*\\} (\\S+)$");

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private SessionMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> settings = new LinkedHashMap<>(
				Map.of("sessions", "500", "warmup", "20", "user", "sales", "tabs", "dashboard,orders", "home", ""));
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2 || !settings.containsKey(pair[0])) {
				throw new IllegalArgumentException("Unknown argument '" + arg
						+ "': sessions=N warmup=N user=NAME tabs=ROUTE,... home=LOCAL_RUN_HOME");
			}
			settings.put(pair[0], pair[1]);
		}
		int sessions = Integer.parseInt(settings.get("sessions"));
		int warmup = Integer.parseInt(settings.get("warmup"));
		String home = settings.get("home");
		try (LocalSystem system = home.isEmpty() ? LocalSystem.start() : LocalSystem.running(Path.of(home))) {
			// The dashboard is the root route.
			List<String> tabs = Stream.of(settings.get("tabs").split(","))
				.map((tab) -> tab.strip().equals("dashboard") ? "" : tab.strip())
				.toList();
			new SessionMemoryBenchmark().run(system, sessions, warmup, settings.get("user"), tabs);
		}
	}

	private void run(LocalSystem system, int count, int warmup, String user, List<String> tabs) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		long uiPid = system.uiPid();
		System.out.printf("==> ui-app is pid %d; %s%n", uiPid, loadAverage());

		// Every tab sends its heartbeat from the moment it is open, as a browser does.
		Queue<Browserless> live = new ConcurrentLinkedQueue<>();
		AtomicInteger failedHeartbeats = new AtomicInteger();
		// A daemon: a failed run ends its JVM instead of beating on.
		ScheduledExecutorService heartbeats = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("heartbeats").factory());
		heartbeats.scheduleAtFixedRate(() -> beat(live, failedHeartbeats), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
				TimeUnit.SECONDS);

		System.out.printf("==> Warm-up: %d sessions opened, then left to be reclaimed%n", warmup);
		List<Browserless> warm = open(http, system, warmup, user, tabs, live, "warm-up");
		live.clear();
		warm.forEach(Browserless::vanish);
		awaitUis(system, 0, Duration.ofMinutes(3));
		Histogram before = Histogram.of(uiPid);
		System.out.printf("==> Baseline: %,d live bytes in ui-app's heap, %d UIs open%n", before.bytes(), system.uis());

		long openedAt = System.nanoTime();
		List<Browserless> browsers = open(http, system, count, user, tabs, live, "open");
		// What a push would have delivered (the dashboard's panels arrive after its
		// view),
		// and the rows of the grids those changes created.
		for (Browserless browser : browsers) {
			for (Browserless.Tab tab : browser.tabs()) {
				tab.sync();
			}
		}
		int open = system.uis();
		Histogram during = Histogram.of(uiPid);
		double opening = (System.nanoTime() - openedAt) / 1e9;
		System.out.printf("==> %d sessions with %d UIs open (opened in %.0f s): %,d live bytes; %s%n", count, open,
				opening, during.bytes(), loadAverage());

		live.clear();
		heartbeats.shutdownNow();
		browsers.forEach(Browserless::vanish);
		long closedAt = System.nanoTime();
		System.out.println("==> Every tab closed (no more heartbeats); waiting for ui-app to reclaim their UIs");
		awaitUis(system, 0, Duration.ofMinutes(5));
		double reclaim = (System.nanoTime() - closedAt) / 1e9;
		Histogram after = Histogram.of(uiPid);

		double perSession = (double) (during.bytes() - before.bytes()) / count;
		double perSignedIn = (double) (after.bytes() - before.bytes()) / count;
		System.out.println();
		System.out.printf("Sessions: %d of '%s', each with these tabs open: %s (%d UIs; %d failed heartbeats)%n", count,
				user, tabs.stream().map((tab) -> "/" + tab).toList(), open, failedHeartbeats.get());
		System.out.printf("%-52s %14s %14s  %s%n", "measure", "value", "goal", "met");
		row("retained heap per open session (kB)", perSession / 1024, "<= 250", perSession / 1024 <= 250);
		row("sessions per GiB of heap", (1L << 30) / perSession, "report", null);
		row("closed tabs reclaimed after (s)", reclaim, "<= 60", reclaim <= 60);
		row("heap per signed-in session without tabs (kB)", perSignedIn / 1024, "report", null);
		System.out.println();
		System.out.println("Largest growth per open session, by class (instances, bytes):");
		during.minus(before)
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
			.limit(20)
			.forEach((e) -> System.out.printf("  %,8.0f %,10.0f  %s%n", (double) e.getValue()[0] / count,
					(double) e.getValue()[1] / count, e.getKey()));
	}

	private static void row(String measure, double value, String goal, Boolean met) {
		System.out.printf(Locale.ROOT, "%-52s %14.1f %14s  %s%n", measure, value, goal,
				(met == null) ? "" : (met ? "yes" : "NO"));
	}

	/** Opens the sessions four at a time, printing progress. */
	private static List<Browserless> open(HttpClient http, LocalSystem system, int count, String user,
			List<String> tabs, Queue<Browserless> live, String what) throws Exception {
		List<Future<Browserless>> opening = new ArrayList<>();
		AtomicInteger done = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < count; i++) {
				opening.add(pool.submit(() -> {
					Browserless browser = new Browserless(http, system.uiUrl());
					browser.signIn(user, system.password());
					for (String tab : tabs) {
						browser.open(tab);
					}
					live.add(browser);
					int n = done.incrementAndGet();
					if (n % 50 == 0 || n == count) {
						System.out.printf("    %s: %d of %d sessions%n", what, n, count);
					}
					return browser;
				}));
			}
		}
		List<Browserless> browsers = new ArrayList<>();
		for (Future<Browserless> browser : opening) {
			browsers.add(browser.get());
		}
		return browsers;
	}

	private static void beat(Queue<Browserless> browsers, AtomicInteger failed) {
		for (Browserless browser : browsers) {
			for (Browserless.Tab tab : browser.tabs()) {
				try {
					tab.heartbeat();
				}
				catch (IOException ex) {
					failed.incrementAndGet();
				}
			}
		}
	}

	private static void awaitUis(LocalSystem system, int expected, Duration atMost) throws Exception {
		long deadline = System.nanoTime() + atMost.toNanos();
		int last = -1;
		while (true) {
			int uis = system.uis();
			if (uis <= expected) {
				return;
			}
			if (uis != last) {
				System.out.printf("    %d UIs still open%n", uis);
				last = uis;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(uis + " UIs still open after " + atMost.toSeconds() + " s");
			}
			Thread.sleep(1000);
		}
	}

	private static String loadAverage() {
		try {
			return "load average " + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " (1 min)";
		}
		catch (IOException ex) {
			return "load average unknown";
		}
	}

	/** Live bytes per class in a JVM's heap after a full GC, from {@code jcmd}. */
	record Histogram(long bytes, Map<String, long[]> classes) {

		private static final Pattern LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

		static Histogram of(long pid) throws IOException, InterruptedException {
			Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
			Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
				.redirectErrorStream(true)
				.start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			process.waitFor();
			Matcher total = TOTAL.matcher(output);
			if (!total.find()) {
				throw new IOException("jcmd printed no heap histogram: " + output.lines().limit(5).toList());
			}
			Map<String, long[]> classes = new LinkedHashMap<>();
			Matcher line = LINE.matcher(output);
			while (line.find()) {
				classes.put(line.group(3), new long[] { Long.parseLong(line.group(1)), Long.parseLong(line.group(2)) });
			}
			return new Histogram(Long.parseLong(total.group(2)), classes);
		}

		/** Growth per class since the earlier histogram: instances and bytes. */
		Map<String, long[]> minus(Histogram earlier) {
			Map<String, long[]> growth = new LinkedHashMap<>();
			this.classes.forEach((name, now) -> {
				long[] before = earlier.classes.getOrDefault(name, new long[2]);
				growth.put(name, new long[] { now[0] - before[0], now[1] - before[1] });
			});
			return growth;
		}

	}

	/**
	 * The whole system, started with {@code run-local.sh --production-jvm} and demo data
	 * in its own data directory ({@code e2e-tests/target/bench-sessions}); its output
	 * goes to {@code target/bench-sessions.log}.
	 */
	static final class LocalSystem implements AutoCloseable {

		private final ProcessHandle launcher;

		private final boolean ours;

		private final Properties ready;

		private final HttpClient http = HttpClient.newHttpClient();

		private LocalSystem(ProcessHandle launcher, boolean ours, Properties ready) {
			this.launcher = launcher;
			this.ours = ours;
			this.ready = ready;
		}

		/** A local run that is already running on this data directory; left running. */
		static LocalSystem running(Path home) throws IOException {
			Properties ready = read(home.resolve("ready.properties"));
			ProcessHandle launcher = ProcessHandle.of(Long.parseLong(ready.getProperty("pid")))
				.orElseThrow(() -> new IOException("The local run of " + home + " is not running"));
			return new LocalSystem(launcher, false, ready);
		}

		private static Properties read(Path file) throws IOException {
			Properties properties = new Properties();
			try (var reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			return properties;
		}

		static LocalSystem start() throws IOException, InterruptedException {
			Path root = RunningShop.repositoryRoot();
			Path home = Path.of("target", "bench-sessions").toAbsolutePath();
			Path log = Path.of("target", "bench-sessions.log").toAbsolutePath();
			Files.createDirectories(home);
			System.out.println("==> Starting the system with production JVM flags and demo data (log: " + log + ")");
			ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("run-local.sh").toString(), "--no-build",
					"--free-ports", "--reset", "--production-jvm")
				.directory(root.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("LOCAL_RUN_HOME", home.toString());
			Process launcher = builder.start();
			Path readyFile = home.resolve("ready.properties");
			long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
			while (!Files.isRegularFile(readyFile)) {
				if (!launcher.isAlive() || System.nanoTime() > deadline) {
					launcher.destroy();
					throw new IOException("The local run did not get ready; its output is in " + log);
				}
				Thread.sleep(500);
			}
			return new LocalSystem(launcher.toHandle(), true, read(readyFile));
		}

		URI uiUrl() {
			return URI.create(this.ready.getProperty("ui.url"));
		}

		String password() {
			return this.ready.getProperty("demo.password");
		}

		/** The ui-app JVM among the launcher's children. */
		long uiPid() {
			return this.launcher.descendants()
				.filter((p) -> p.info().arguments().map((a) -> String.join(" ", a).contains("ui-app")).orElse(false))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No ui-app process under the launcher"))
				.pid();
		}

		/**
		 * ui-app's {@code vaadin.uis} gauge, from its management port's Prometheus page.
		 */
		int uis() throws IOException, InterruptedException {
			URI metrics = URI.create(this.ready.getProperty("ui.management.url") + "/actuator/prometheus");
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(metrics).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher gauge = UIS.matcher(response.body());
			if (response.statusCode() != 200 || !gauge.find()) {
				throw new IOException(metrics + " answered " + response.statusCode() + " without vaadin_uis");
			}
			return (int) Double.parseDouble(gauge.group(1));
		}

		@Override
		public void close() throws Exception {
			if (!this.ours) {
				return;
			}
			this.launcher.destroy();
			try {
				this.launcher.onExit().get(60, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				this.launcher.destroyForcibly();
			}
		}

	}

}
