package com.example.shop.testsupport.process;

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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.example.shop.testsupport.net.FreePorts;

/**
 * A service running as its own JVM from its executable jar, exactly as it is deployed:
 * its own classpath, its own configuration, reached over loopback. Its output is copied
 * line by line with a prefix; its last lines are kept, so a service that dies while
 * starting says why in the exception, where a CI log shows it. Used by the local run and
 * by tests that need the real backends next to each other.
 */
public final class ServiceJvm {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	/** How many of its last output lines a service's start-up failure quotes. */
	static final int QUOTED_LINES = 25;

	/**
	 * The system property that picks the services' JVM flags: {@code quick-start} (the
	 * default) or {@code production}; see {@link #jvmFlags(String)}.
	 */
	public static final String PROFILE_PROPERTY = "shop.service-jvm";

	private final String name;

	private final Path jar;

	private final List<String> arguments;

	private final URI readiness;

	private final PrintStream out;

	private final String prefix;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Process process;

	private volatile Thread output;

	/** The last {@link #QUOTED_LINES} lines of output; guarded by itself. */
	private final Deque<String> lastLines = new ArrayDeque<>();

	/**
	 * Describes a service; nothing starts until {@link #start()}.
	 * @param name a short name for logs
	 * @param jar the executable jar
	 * @param arguments Spring Boot arguments
	 * @param readiness a URL that answers 200 once the service takes traffic
	 * @param out where its output goes
	 * @param prefix what each of its lines starts with
	 */
	public ServiceJvm(String name, Path jar, List<String> arguments, URI readiness, PrintStream out, String prefix) {
		this.name = name;
		this.jar = jar;
		this.arguments = List.copyOf(arguments);
		this.readiness = readiness;
		this.out = out;
		this.prefix = prefix;
	}

	/**
	 * The JVM flags a service starts with.
	 * <ul>
	 * <li>{@code quick-start}, for the local run and the tests: a small heap, the serial
	 * collector and only the first JIT tier, which start three JVMs quickly on two cores
	 * and run slower once warm.</li>
	 * <li>{@code production}, for the benchmarks: what the images run with
	 * ({@code -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError}, images/README.md)
	 * inside the Kubernetes memory limit of 768 MiB, which {@code -XX:MaxRAM} stands in
	 * for: a 576 MiB heap, every JIT tier, and the collector the JVM picks for that
	 * size.</li>
	 * </ul>
	 * @throws IllegalArgumentException for another profile
	 */
	public static List<String> jvmFlags(String profile) {
		return switch (profile) {
			case "quick-start" -> List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
			case "production" -> List.of("-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
			default -> throw new IllegalArgumentException(
					"%s must be quick-start or production, not '%s'".formatted(PROFILE_PROPERTY, profile));
		};
	}

	/**
	 * A free loopback port, for a service that must be told its port up front; never one
	 * this JVM handed out before ({@link FreePorts}).
	 */
	public static int freePort() {
		return FreePorts.next();
	}

	/** A Spring Boot service's readiness endpoint on loopback. */
	public static URI readiness(int port) {
		return URI.create("http://127.0.0.1:%d/actuator/health/readiness".formatted(port));
	}

	/**
	 * The repository's root, found from the working directory up, where the services'
	 * jars are built.
	 */
	public static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("backend-orders-rest"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Run from inside the repository");
		}
		return dir;
	}

	public String name() {
		return this.name;
	}

	/**
	 * Sets an environment variable of the JVM from its next start on (the rest of the
	 * environment is this process's).
	 */
	public ServiceJvm environment(String variable, String value) {
		this.environment.put(variable, value);
		return this;
	}

	/**
	 * Starts the JVM (no-op if it runs).
	 * @throws IOException if the jar is missing or the process cannot start
	 */
	public synchronized void start() throws IOException {
		if (isRunning()) {
			return;
		}
		if (!Files.isRegularFile(this.jar)) {
			throw new IOException("%s is not built: %s is missing".formatted(this.name, this.jar));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmFlags(System.getProperty(PROFILE_PROPERTY, "quick-start")));
		command.add("-jar");
		command.add(this.jar.toString());
		command.addAll(this.arguments);
		command.add("--app.parent-pid=" + ProcessHandle.current().pid());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(this.environment);
		synchronized (this.lastLines) {
			this.lastLines.clear();
		}
		Process started = builder.start();
		this.process = started;
		this.output = Thread.ofPlatform().daemon().name(this.name + "-output").start(() -> copyOutput(started));
	}

	/**
	 * Polls the readiness URL until it answers 200.
	 * @param timeout how long to wait
	 * @throws IOException if the process dies first or is not ready in time
	 */
	public void awaitReady(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest request = HttpRequest.newBuilder(this.readiness).timeout(Duration.ofSeconds(2)).build();
		while (System.nanoTime() < deadline) {
			Process current = this.process;
			if (current == null || !current.isAlive()) {
				throw new IOException(exitedDuringStartUp(current));
			}
			try {
				if (this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// Still starting.
			}
			current.waitFor(250, TimeUnit.MILLISECONDS);
		}
		throw new IOException(this.name + " was not ready within " + timeout.toSeconds() + " s");
	}

	/**
	 * Asks for a graceful shutdown; kills the JVM if it has not ended within 30 seconds.
	 */
	public synchronized void stop() throws InterruptedException {
		Process current = this.process;
		if (current == null || !current.isAlive()) {
			return;
		}
		current.destroy();
		if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			current.destroyForcibly().waitFor();
		}
		this.process = null;
	}

	/**
	 * Kills the JVM at once (SIGKILL): no shutdown hook, no graceful stop, as a crash or
	 * an OOM kill would end it.
	 */
	public synchronized void kill() throws InterruptedException {
		Process current = this.process;
		if (current == null) {
			return;
		}
		current.destroyForcibly().waitFor();
		this.process = null;
	}

	public boolean isRunning() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	public String status() {
		Process current = this.process;
		return (current != null && current.isAlive()) ? "running (pid %d)".formatted(current.pid()) : "stopped";
	}

	/**
	 * Why the service is gone, with its exit code and last lines: once it has exited, its
	 * output ends, so the copying thread is waited for rather than raced.
	 */
	private String exitedDuringStartUp(Process ended) throws InterruptedException {
		Thread copying = this.output;
		if (copying != null) {
			copying.join(Duration.ofSeconds(5));
		}
		List<String> tail;
		synchronized (this.lastLines) {
			tail = List.copyOf(this.lastLines);
		}
		return "%s exited during start-up (exit code %s); its last %d lines:%n%s".formatted(this.name,
				(ended != null) ? ended.exitValue() : "unknown", tail.size(),
				String.join(System.lineSeparator(), tail));
	}

	private void copyOutput(Process source) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.out.println(this.prefix + line);
				synchronized (this.lastLines) {
					if (this.lastLines.size() == QUOTED_LINES) {
						this.lastLines.removeFirst();
					}
					this.lastLines.addLast(line);
				}
			}
		}
		catch (IOException ex) {
			// The process ended; nothing more to copy.
		}
	}

}
