package com.example.shop.bff.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.traces.ReceivedSpan;
import com.example.shop.testsupport.traces.TraceTree;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One order-detail request is one trace: the BFF's spans (its in-memory exporter) and the
 * three backends' (exported over OTLP/HTTP to the test's loopback receiver), down to a
 * database call in each, all under the {@code traceparent} the request arrived with.
 */
@SignedIn(roles = "ADMIN")
class TracePropagationIT extends BffIntegrationTest {

	private static final HexFormat HEX = HexFormat.of();

	@Autowired
	InMemorySpanExporter bffSpans;

	@Test
	void anOrderDetailRequestIsOneTraceThroughTheBffAndEachBackendDownToItsDatabase(@LocalServerPort int port) {
		Placement.Placed placed = placeOne(1);
		String traceId = randomHex(16);
		String callerSpanId = randomHex(8);

		LoopbackHttp.Response detail = new LoopbackHttp(port).get("/bff/v1/orders/" + placed.order().id(),
				"Authorization", "Bearer " + Caller.SALES.token(), "traceparent",
				"00-" + traceId + "-" + callerSpanId + "-01");

		assertThat(detail.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<ReceivedSpan> trace = trace(traceId);
			String tree = TraceTree.render(trace);
			Map<String, List<ReceivedSpan>> byService = trace.stream()
				.collect(Collectors.groupingBy(ReceivedSpan::service));
			assertThat(byService).as(tree).containsKeys("ui-app", "orders", "billing", "catalog");
			// Each backend served the BFF's call and went to its database within it.
			for (String backend : List.of("orders", "billing", "catalog")) {
				assertThat(byService.get(backend)).as(tree)
					.anySatisfy((span) -> assertThat(span.kind()).isEqualTo(ReceivedSpan.Kind.SERVER))
					.anySatisfy((span) -> assertThat(isDatabase(span)).isTrue());
			}
			// One tree: the only parent not in the trace is the caller's span.
			Set<String> known = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toCollection(HashSet::new));
			known.add(callerSpanId);
			assertThat(trace).as(tree).allSatisfy((span) -> assertThat(known).contains(span.parentSpanId()));
			assertThat(trace).as(tree)
				.filteredOn((span) -> span.parentSpanId().equals(callerSpanId))
				.singleElement()
				.satisfies((root) -> {
					assertThat(root.service()).isEqualTo("ui-app");
					assertThat(root.kind()).isEqualTo(ReceivedSpan.Kind.SERVER);
				});
		});
	}

	@Test
	void placingAnOrderShowsEachSagaStepAsASpanAroundItsBackendCall(@LocalServerPort int port) {
		String body = LoopbackHttp.json(Map.of("placementId", UUID.randomUUID().toString(), "customerId",
				this.data.customer("1000000.00").toString(), "lines",
				List.of(Map.of("sku", this.data.product("100.00", 10), "quantity", 1))));
		String traceId = randomHex(16);

		LoopbackHttp.Response placed = new LoopbackHttp(port).post("/bff/v1/orders", body, "Authorization",
				"Bearer " + Caller.SALES.token(), "traceparent", "00-" + traceId + "-" + randomHex(8) + "-01");

		assertThat(placed.status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<ReceivedSpan> trace = trace(traceId);
			String tree = TraceTree.render(trace);
			Map<String, ReceivedSpan> steps = trace.stream()
				.filter((span) -> span.name().startsWith("saga "))
				.collect(Collectors.toMap(ReceivedSpan::name, (span) -> span, (a, b) -> a));
			assertThat(steps).as(tree)
				.containsOnlyKeys("saga reserve", "saga check credit", "saga commit", "saga create order",
						"saga confirm stock", "saga issue invoice", "saga record progress");
			// The catalog served the reservation within its step: step -> gRPC client ->
			// catalog.
			ReceivedSpan reserve = steps.get("saga reserve");
			Set<String> underReserve = trace.stream()
				.filter((span) -> span.parentSpanId().equals(reserve.spanId()))
				.map(ReceivedSpan::spanId)
				.collect(Collectors.toSet());
			assertThat(trace).as(tree)
				.anySatisfy(
						(span) -> assertThat(span.service().equals("catalog") && span.kind() == ReceivedSpan.Kind.SERVER
								&& underReserve.contains(span.parentSpanId()))
							.isTrue());
		});
	}

	/**
	 * A JDBC statement (datasource-micrometer) or a MongoDB command (the driver's own).
	 */
	private static boolean isDatabase(ReceivedSpan span) {
		return span.name().equals("query")
				|| span.attributes().keySet().stream().anyMatch((key) -> key.startsWith("jdbc."))
				|| "mongodb".equals(span.attributes().get("db.system"))
				|| "mongodb".equals(span.attributes().get("db.system.name"));
	}

	/** The BFF's spans of the trace and those the backends exported. */
	private List<ReceivedSpan> trace(String traceId) {
		List<ReceivedSpan> spans = new ArrayList<>();
		this.bffSpans.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getTraceId().equals(traceId))
			.map(TracePropagationIT::received)
			.forEach(spans::add);
		spans.addAll(this.backends.traces.trace(traceId));
		return spans;
	}

	private static ReceivedSpan received(SpanData span) {
		Map<String, String> attributes = new java.util.LinkedHashMap<>();
		span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), String.valueOf(value)));
		String parent = span.getParentSpanContext().isValid() ? span.getParentSpanId() : "";
		return new ReceivedSpan(span.getResource().getAttribute(AttributeKey.stringKey("service.name")),
				span.getTraceId(), span.getSpanId(), parent, span.getName(),
				ReceivedSpan.Kind.valueOf(span.getKind().name()), span.getStartEpochNanos(), span.getEndEpochNanos(),
				attributes);
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HEX.formatHex(random);
	}

}
