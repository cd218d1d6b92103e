package com.example.shop.localrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child JVM: its output is copied line by line with a coloured
 * {@code [name]} prefix, and it can be stopped and started again without touching the
 * others.
 */
final class ServiceProcess {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final ServiceDefinition definition;

	private final String prefix;

	private final PrintStream out;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Process process;

	ServiceProcess(ServiceDefinition definition, int colour, PrintStream out) {
		this.definition = definition;
		String label = "%-8s".formatted(definition.name());
		this.prefix = (System.console() != null) ? "\u001B[3%dm%s|\u001B[0m ".formatted(colour, label) : label + "| ";
		this.out = out;
	}

	String name() {
		return this.definition.name();
	}

	ServiceDefinition definition() {
		return this.definition;
	}

	synchronized void start() throws IOException {
		if (isRunning()) {
			return;
		}
		Path jar = this.definition.jar();
		if (!Files.isRegularFile(jar)) {
			throw new IOException(
					"%s is not built (%s is missing): run ./run-local.sh, which builds first".formatted(name(), jar));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(this.definition.arguments());
		command.add("--app.parent-pid=" + ProcessHandle.current().pid());
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Process started = this.process;
		Thread.ofPlatform().daemon().name(name() + "-log").start(() -> copyOutput(started));
	}

	/**
	 * Polls the readiness URL until it answers 200.
	 * @throws IOException if the process dies or is not ready in time
	 */
	void awaitReady() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		HttpRequest request = HttpRequest.newBuilder(this.definition.readiness())
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			Process current = this.process;
			if (current == null || !current.isAlive()) {
				throw new IOException(name() + " exited during start-up; its log above says why");
			}
			try {
				if (this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// Still starting: poll again.
			}
			current.waitFor(500, TimeUnit.MILLISECONDS);
		}
		throw new IOException(name() + " was not ready within " + READY_TIMEOUT.toSeconds() + " s");
	}

	/**
	 * Asks the service to shut down gracefully, and kills it if it has not within 30
	 * seconds.
	 */
	synchronized void stop() throws InterruptedException {
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

	boolean isRunning() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	String status() {
		Process current = this.process;
		return (current != null && current.isAlive()) ? "running (pid %d)".formatted(current.pid()) : "stopped";
	}

	private void copyOutput(Process source) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.out.println(this.prefix + line);
			}
		}
		catch (IOException ex) {
			// The process ended; nothing more to copy.
		}
	}

}
