package com.example.shop.testsupport.traces;

import java.time.Duration;
import java.util.Map;

/**
 * One span as an OTLP exporter sent it: ids in lowercase hex (the parent's is empty for a
 * trace's root), the exporting service's {@code service.name}, and the span's string,
 * number and boolean attributes as text.
 */
public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind,
		long startEpochNanos, long endEpochNanos, Map<String, String> attributes) {

	/** OTLP's span kinds, in their wire order. */
	public enum Kind {

		UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER

	}

	public Duration duration() {
		return Duration.ofNanos(this.endEpochNanos - this.startEpochNanos);
	}

	public boolean isRoot() {
		return this.parentSpanId.isEmpty();
	}

}
