package com.example.shop.localrun;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.example.shop.testsupport.traces.OtlpReceiver;
import com.example.shop.testsupport.traces.ReceivedSpan;
import com.example.shop.testsupport.traces.TraceTree;

/**
 * {@code ./run-local.sh --traces}: the dev-only OTLP/HTTP receiver every process of the
 * run exports to (test-support's {@link OtlpReceiver}, the one the propagation test
 * uses). A trace is written out once no span of it has arrived for two seconds, as an
 * indented tree of its spans (service, name, duration): every trace to {@code traces.txt}
 * in the run's home, and to the console those a person started (not the reconciler's
 * passes, not probes or scrapes).
 */
final class LocalTraces implements AutoCloseable {

	private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

	private final OtlpReceiver receiver;

	private final PrintStream console;

	private final Path file;

	private final Map<String, Pending> pending = new LinkedHashMap<>();

	private final ScheduledExecutorService flusher = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("local-traces").daemon().factory());

	private LocalTraces(OtlpReceiver receiver, PrintStream console, Path file) {
		this.receiver = receiver;
		this.console = console;
		this.file = file;
	}

	/**
	 * Starts the receiver on a free loopback port; trees go to {@code home/traces.txt}.
	 */
	static LocalTraces start(PrintStream console, Path home) throws IOException {
		Files.createDirectories(home);
		Path file = home.resolve("traces.txt");
		Files.writeString(file, "");
		LocalTraces traces = new LocalTraces(OtlpReceiver.start(0), console, file);
		traces.receiver.onSpans(traces::received);
		traces.flusher.scheduleWithFixedDelay(traces::flush, 1, 1, TimeUnit.SECONDS);
		return traces;
	}

	/** The value every process gets as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
	String endpoint() {
		return this.receiver.endpoint();
	}

	Path file() {
		return this.file;
	}

	private void received(List<ReceivedSpan> spans) {
		synchronized (this.pending) {
			for (ReceivedSpan span : spans) {
				this.pending.computeIfAbsent(span.traceId(), (id) -> new Pending()).add(span);
			}
		}
	}

	private void flush() {
		List<List<ReceivedSpan>> done = new ArrayList<>();
		long now = System.nanoTime();
		synchronized (this.pending) {
			this.pending.values().removeIf((trace) -> {
				if (now - trace.lastArrival < QUIET_NANOS) {
					return false;
				}
				done.add(trace.spans);
				return true;
			});
		}
		for (List<ReceivedSpan> trace : done) {
			String tree = TraceTree.render(trace);
			try {
				Files.writeString(this.file, tree + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (startedByAPerson(trace)) {
				tree.lines().forEach((line) -> this.console.println("traces  | " + line));
			}
		}
	}

	private static boolean startedByAPerson(List<ReceivedSpan> trace) {
		return trace.stream().filter(ReceivedSpan::isRoot).noneMatch(LocalTraces::machinery);
	}

	/**
	 * A reconciler pass, or a probe or scrape (the path is in the server span's
	 * attributes).
	 */
	private static boolean machinery(ReceivedSpan root) {
		if (root.name().contains("reconciler")) {
			return true;
		}
		String path = root.attributes().getOrDefault("http.url", root.attributes().getOrDefault("uri", root.name()));
		return path.contains("/actuator") || path.contains("/readyz") || path.contains("/livez");
	}

	@Override
	public void close() {
		this.flusher.shutdownNow();
		this.receiver.close();
	}

	private static final class Pending {

		final List<ReceivedSpan> spans = new ArrayList<>();

		long lastArrival = System.nanoTime();

		void add(ReceivedSpan span) {
			this.spans.add(span);
			this.lastArrival = System.nanoTime();
		}

	}

}
