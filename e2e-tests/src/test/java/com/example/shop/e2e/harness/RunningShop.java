package com.example.shop.e2e.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.ReplaceOptions;
import org.awaitility.Awaitility;
import org.bson.Document;

/**
 * The whole system as a user meets it, started the one way the project starts it: the
 * local run ({@code ./run-local.sh}), here on free loopback ports, with empty databases
 * and its own data directory under {@code target/local-run}; its output goes to
 * {@code target/local-run.log}. The suite waits for the local run's readiness file and
 * takes the ports from it. Started once per test JVM; stopped (SIGTERM, as Ctrl-C does)
 * when the JVM ends.
 *
 * <p>
 * A journey can stop and start one backend ({@link #stopService}, {@link #startService})
 * through the local run's console, as a person at its terminal would.
 */
public final class RunningShop {

	/** The category the suite's products go into on its own, otherwise empty, system. */
	public static final String CATEGORY = "e2e-tests";

	/** A second category, for journeys that filter by category. */
	public static final String OTHER_CATEGORY = "e2e-tools";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(2);

	private static RunningShop instance;

	private final Properties ready;

	private final Path log;

	private final Process launcher;

	private final Path home;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private RunningShop() throws IOException, InterruptedException {
		Path root = repositoryRoot();
		Path home = Path.of("target", "local-run").toAbsolutePath();
		this.home = home;
		this.log = Path.of("target", "local-run.log").toAbsolutePath();
		if (!Files.isRegularFile(root.resolve("local-run/target/classpath.txt"))) {
			throw new IOException("The local run is not built: build first (./mvnw -B package -DskipTests)");
		}
		Files.createDirectories(this.log.getParent());
		ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("run-local.sh").toString(), "--no-build",
				"--free-ports", "--no-demo-data", "--reset")
			.directory(root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.log.toFile());
		// Its standard input stays a pipe: the console that stops and starts services.
		builder.environment().put("LOCAL_RUN_HOME", home.toString());
		this.launcher = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-run-stop"));
		this.ready = awaitReady(home.resolve("ready.properties"));
		addCategories();
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

	/** The actual ports and URLs, as the local run wrote them. */
	public Properties ready() {
		return this.ready;
	}

	/** Everything the local run and its services printed. */
	public Path log() {
		return this.log;
	}

	/**
	 * Stops one service ({@code orders}, {@code catalog}, {@code billing}) and waits
	 * until its readiness probe no longer answers.
	 */
	public void stopService(String name) {
		console("stop " + name);
		awaitReadiness(name, 0, "%s to stop");
	}

	/** Starts a stopped service again and waits until its readiness probe says ready. */
	public void startService(String name) {
		console("start " + name);
		awaitReadiness(name, 200, "%s to be ready again");
	}

	/**
	 * Waits until the service's readiness probe answers this status (0: no answer);
	 * {@code what} names the wait, with the service's name for its {@code %s}.
	 */
	private void awaitReadiness(String name, int status, String what) {
		Awaitility.await(what.formatted(name))
			.atMost(SERVICE_TIMEOUT)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> readiness(name) == status);
	}

	/**
	 * Starts a domain's batch job against this system, as a person types
	 * {@code ./run-batch.sh DOMAIN JOB name=value...} in another terminal; its output
	 * goes to {@code output}. Answers the running process (exit code 0: completed).
	 */
	public Process runBatch(Path output, String domain, String... arguments) {
		List<String> command = new ArrayList<>(List.of("bash", "run-batch.sh", domain));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(repositoryRoot().toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("LOCAL_RUN_HOME", this.home.toString());
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("run-batch.sh did not start: " + ex.getMessage(), ex);
		}
	}

	/** Types a command into the local run's console. */
	private synchronized void console(String command) {
		try {
			OutputStream in = this.launcher.getOutputStream();
			in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The local run no longer reads commands: " + ex.getMessage(), ex);
		}
	}

	/** The status of a service's readiness probe, 0 if nothing answers. */
	private int readiness(String name) {
		// The REST services answer /readyz on their own port (the actuator lives on the
		// management port); the catalog's HTTP port is its management port.
		String probe = switch (name) {
			case "catalog" -> this.ready.getProperty("catalog.http.url") + "/actuator/health/readiness";
			default -> this.ready.getProperty(name + ".url") + "/readyz";
		};
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(probe)).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (ConnectException ex) {
			return 0;
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/**
	 * The catalog has no RPC that creates a category (its import job and demo seeder do):
	 * the two categories the journeys' products go into are written straight into the
	 * local run's catalog database.
	 */
	private void addCategories() {
		try (MongoClient mongo = MongoClients.create(this.ready.getProperty("mongo.catalog.uri"))) {
			var categories = mongo.getDatabase("catalog").getCollection("categories");
			categories.replaceOne(new Document("_id", CATEGORY),
					new Document("_id", CATEGORY).append("name", "E2E tests"), new ReplaceOptions().upsert(true));
			categories.replaceOne(new Document("_id", OTHER_CATEGORY),
					new Document("_id", OTHER_CATEGORY).append("name", "E2E tools"), new ReplaceOptions().upsert(true));
		}
	}

	/**
	 * Waits for the readiness file the local run writes once every service is ready;
	 * fails at once, with the end of its log, if the run ends first.
	 */
	private Properties awaitReady(Path readyFile) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!Files.isRegularFile(readyFile)) {
			if (this.launcher.waitFor(250, TimeUnit.MILLISECONDS)) {
				throw new IOException(
						"the local run ended with exit code " + this.launcher.exitValue() + ":\n" + tail(this.log));
			}
			if (System.nanoTime() > deadline) {
				throw new IOException("the local run was not ready within " + START_TIMEOUT.toMinutes() + " minutes:\n"
						+ tail(this.log));
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

	/** The repository's root folder (where {@code run-local.sh} is). */
	public static Path repositoryRoot() {
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
