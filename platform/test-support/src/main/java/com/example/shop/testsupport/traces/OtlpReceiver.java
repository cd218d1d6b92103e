package com.example.shop.testsupport.traces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback OTLP/HTTP receiver for traces: what services export to
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT=}{@link #endpoint()} arrives here as
 * {@link ReceivedSpan}s. For tests (the propagation test collects the backends' spans
 * with it) and the local run's {@code --traces}; never part of a deployable. Metrics and
 * logs posted to it are accepted and dropped.
 */
public final class OtlpReceiver implements AutoCloseable {

	/** At most this many spans are kept; the oldest go first. */
	private static final int KEPT = 50_000;

	private final HttpServer server;

	private final List<ReceivedSpan> spans = new ArrayList<>();

	private final List<Consumer<List<ReceivedSpan>>> listeners = new CopyOnWriteArrayList<>();

	private OtlpReceiver(HttpServer server) {
		this.server = server;
	}

	/**
	 * Starts a receiver on a loopback port.
	 * @param port the port, 0 for a free one
	 */
	public static OtlpReceiver start(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			OtlpReceiver receiver = new OtlpReceiver(server);
			server.createContext("/", receiver::handle);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The value for {@code OTEL_EXPORTER_OTLP_ENDPOINT} (OTLP/HTTP, no path). */
	public String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Called with each export request's spans, on the receiver's thread. */
	public void onSpans(Consumer<List<ReceivedSpan>> listener) {
		this.listeners.add(listener);
	}

	/** Every span received so far (up to the most recent 50,000). */
	public List<ReceivedSpan> spans() {
		synchronized (this.spans) {
			return List.copyOf(this.spans);
		}
	}

	/** The spans received so far of one trace. */
	public List<ReceivedSpan> trace(String traceId) {
		return spans().stream().filter((span) -> span.traceId().equals(traceId)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			byte[] body = read(exchange);
			if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
				List<ReceivedSpan> received;
				try {
					received = OtlpDecoder.spans(body);
				}
				catch (IllegalArgumentException malformed) {
					exchange.sendResponseHeaders(400, -1);
					return;
				}
				synchronized (this.spans) {
					this.spans.addAll(received);
					if (this.spans.size() > KEPT) {
						this.spans.subList(0, this.spans.size() - KEPT).clear();
					}
				}
				this.listeners.forEach((listener) -> listener.accept(received));
			}
			// An empty ExportTraceServiceResponse: everything accepted.
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, -1);
		}
	}

	private static byte[] read(HttpExchange exchange) throws IOException {
		InputStream body = exchange.getRequestBody();
		if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
			body = new GZIPInputStream(body);
		}
		try (InputStream in = body) {
			return in.readAllBytes();
		}
	}

}
