package com.example.shop.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import com.example.shop.bff.support.RealBackends;
import com.example.shop.testsupport.process.ServiceJvm;

/**
 * The whole system as a user meets it: the three real backends (each its own JVM from its
 * jar, on embedded databases) and ui-app's executable jar as a further JVM on a free
 * loopback port, with the demo users on. Started once per test JVM and stopped when it
 * ends; a little data is arranged so every view has rows to show.
 */
final class RunningShop {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static RunningShop instance;

	/** Where a browser opens the UI, without a trailing slash. */
	final String baseUrl;

	/** What {@link DemoData} arranged, for tests to look for on screen. */
	final DemoData.Seed seed;

	private final ServiceJvm ui;

	private RunningShop() throws IOException, InterruptedException {
		Path built = repositoryRoot().resolve("ui-app/target/ui-app.jar");
		requireExecutable(built);
		// A copy: a rebuild of ui-app while the tests run would rewrite the jar under the
		// running JVM, which loads its classes lazily from it.
		Path jar = Files.copy(built, Path.of("target", "ui-app-under-test.jar"), StandardCopyOption.REPLACE_EXISTING);
		RealBackends backends = RealBackends.get();
		int port = ServiceJvm.freePort();
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=" + port, "--app.security.demo-users.enabled=true"));
		backends.directProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		PrintStream log = new PrintStream(Files.newOutputStream(Path.of("target", "ui-app.log")), true,
				StandardCharsets.UTF_8);
		this.ui = new ServiceJvm("ui-app", jar, arguments,
				URI.create("http://127.0.0.1:%d/actuator/health/readiness".formatted(port)), log, "");
		this.ui.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "ui-app-stop"));
		this.ui.awaitReady(START_TIMEOUT);
		this.baseUrl = "http://127.0.0.1:" + port;
		this.seed = DemoData.arrange(backends, port);
	}

	/** The running system of this JVM, started on first use. */
	static synchronized RunningShop get() {
		if (instance == null) {
			try {
				instance = new RunningShop();
			}
			catch (IOException ex) {
				throw new IllegalStateException("The system did not start: " + ex.getMessage()
						+ " (see target/ui-app.log and target/real-backends.log)", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	private synchronized void stop() {
		try {
			this.ui.stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Fails early and plainly if the jar is not ui-app's executable (repackaged) jar, for
	 * example after a build that skipped the package phase.
	 */
	private static void requireExecutable(Path jar) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException(
					jar + " is missing: build ui-app first (./mvnw -B package -pl ui-app -am -DskipTests)");
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			String main = (file.getManifest() != null) ? file.getManifest().getMainAttributes().getValue("Main-Class")
					: null;
			if (main == null || !main.startsWith("org.springframework.boot.loader")) {
				throw new IOException(jar + " is not Spring Boot's executable jar (Main-Class " + main
						+ "): build ui-app with its package phase");
			}
		}
	}

	static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("ui-app"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Run from inside the repository");
		}
		return dir;
	}

}
