package com.example.shop.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as a user meets it, started the one way the project starts it: the
 * local run ({@code ./run-local.sh}), here on free loopback ports, with empty databases
 * and its own data directory under {@code target/local-run}. The suite waits for the
 * local run's readiness file, takes the ports from it, and arranges a little data so
 * every view has rows to show. Started once per test JVM; stopped (SIGTERM, as Ctrl-C
 * does) when it ends.
 */
final class RunningShop {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static RunningShop instance;

	/** Where a browser opens the UI, without a trailing slash. */
	final String baseUrl;

	/** The actual ports and URLs, as the local run wrote them. */
	final Properties ready;

	/** What {@link DemoData} arranged, for tests to look for on screen. */
	final DemoData.Seed seed;

	private final Process launcher;

	private RunningShop() throws IOException, InterruptedException {
		Path root = repositoryRoot();
		Path home = Path.of("target", "local-run").toAbsolutePath();
		Path log = Path.of("target", "local-run.log").toAbsolutePath();
		if (!Files.isRegularFile(root.resolve("local-run/target/classpath.txt"))) {
			throw new IOException("The local run is not built: build first (./mvnw -B package -DskipTests)");
		}
		ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("run-local.sh").toString(), "--no-build",
				"--free-ports", "--no-demo-data", "--reset")
			.directory(root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("LOCAL_RUN_HOME", home.toString());
		this.launcher = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-run-stop"));
		this.ready = awaitReady(home.resolve("ready.properties"), log);
		this.baseUrl = this.ready.getProperty("ui.url");
		this.seed = DemoData.arrange(this.ready);
	}

	/** The running system of this JVM, started on first use. */
	static synchronized RunningShop get() {
		if (instance == null) {
			try {
				instance = new RunningShop();
			}
			catch (IOException ex) {
				throw new IllegalStateException("The system did not start: " + ex.getMessage(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	/**
	 * Waits for the readiness file the local run writes once every service is ready;
	 * fails at once, with the end of its log, if the run ends first.
	 */
	private Properties awaitReady(Path readyFile, Path log) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!Files.isRegularFile(readyFile)) {
			if (this.launcher.waitFor(250, TimeUnit.MILLISECONDS)) {
				throw new IOException(
						"the local run ended with exit code " + this.launcher.exitValue() + ":\n" + tail(log));
			}
			if (System.nanoTime() > deadline) {
				throw new IOException(
						"the local run was not ready within " + START_TIMEOUT.toMinutes() + " minutes:\n" + tail(log));
			}
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(readyFile, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private synchronized void stop() {
		if (!this.launcher.isAlive()) {
			return;
		}
		this.launcher.destroy();
		try {
			if (!this.launcher.waitFor(60, TimeUnit.SECONDS)) {
				this.launcher.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("run-local.sh"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Run from inside the repository");
		}
		return dir;
	}

}
