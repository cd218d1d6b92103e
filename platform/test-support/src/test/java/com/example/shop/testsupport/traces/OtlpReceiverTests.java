package com.example.shop.testsupport.traces;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the OpenTelemetry SDK's own OTLP/HTTP exporter sends arrives as spans with their
 * ids, parent, kind, service and attributes, and renders as a tree.
 */
class OtlpReceiverTests {

	@Test
	void spansExportedOverOtlpHttpArriveWithTheirServiceIdsAndParents() {
		try (OtlpReceiver receiver = OtlpReceiver.start(0)) {
			SdkTracerProvider provider = SdkTracerProvider.builder()
				.setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "orders")))
				.addSpanProcessor(SimpleSpanProcessor
					.create(OtlpHttpSpanExporter.builder().setEndpoint(receiver.endpoint() + "/v1/traces").build()))
				.build();
			Tracer tracer = provider.get("test");
			Span server = tracer.spanBuilder("http get /api/v1/orders/{id}").setSpanKind(SpanKind.SERVER).startSpan();
			try (Scope ignored = server.makeCurrent()) {
				tracer.spanBuilder("query").setAttribute("jdbc.row-count", 3L).startSpan().end();
			}
			server.end();
			provider.forceFlush().join(10, TimeUnit.SECONDS);
			provider.shutdown().join(10, TimeUnit.SECONDS);

			// The exports have been answered, so the receiver holds the spans already.
			List<ReceivedSpan> trace = receiver.trace(server.getSpanContext().getTraceId());
			assertThat(trace).hasSize(2).allSatisfy((span) -> assertThat(span.service()).isEqualTo("orders"));
			ReceivedSpan root = trace.stream().filter(ReceivedSpan::isRoot).findFirst().orElseThrow();
			ReceivedSpan query = trace.stream().filter((span) -> !span.isRoot()).findFirst().orElseThrow();
			assertThat(root.spanId()).isEqualTo(server.getSpanContext().getSpanId());
			assertThat(root.kind()).isEqualTo(ReceivedSpan.Kind.SERVER);
			assertThat(query.parentSpanId()).isEqualTo(root.spanId());
			assertThat(query.kind()).isEqualTo(ReceivedSpan.Kind.INTERNAL);
			assertThat(query.attributes()).containsEntry("jdbc.row-count", "3");
			assertThat(query.duration().isNegative()).isFalse();
			assertThat(TraceTree.render(trace)).contains("  [orders] http get /api/v1/orders/{id}  ")
				.contains("\n    [orders] query  ");
		}
	}

}
