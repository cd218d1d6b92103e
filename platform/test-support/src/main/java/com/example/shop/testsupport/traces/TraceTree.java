package com.example.shop.testsupport.traces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace as an indented tree of its spans, one line each: service, span name and
 * duration, children under their parent in start order. Spans whose parent did not arrive
 * (another process did not export it, or not yet) are shown as roots.
 */
public final class TraceTree {

	private TraceTree() {
	}

	/** The tree of one trace's spans. */
	public static String render(List<ReceivedSpan> spans) {
		Map<String, List<ReceivedSpan>> children = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		spans.forEach((span) -> ids.add(span.spanId()));
		List<ReceivedSpan> roots = new ArrayList<>();
		List<ReceivedSpan> sorted = spans.stream()
			.sorted(Comparator.comparingLong(ReceivedSpan::startEpochNanos))
			.toList();
		for (ReceivedSpan span : sorted) {
			if (span.isRoot() || !ids.contains(span.parentSpanId())) {
				roots.add(span);
			}
			else {
				children.computeIfAbsent(span.parentSpanId(), (parent) -> new ArrayList<>()).add(span);
			}
		}
		StringBuilder out = new StringBuilder();
		String traceId = spans.isEmpty() ? "" : spans.getFirst().traceId();
		out.append("trace ").append(traceId).append(" (").append(spans.size()).append(" spans)\n");
		roots.forEach((root) -> append(out, root, children, 1));
		return out.toString();
	}

	private static void append(StringBuilder out, ReceivedSpan span, Map<String, List<ReceivedSpan>> children,
			int depth) {
		out.append("  ".repeat(depth))
			.append('[')
			.append(span.service())
			.append("] ")
			.append(span.name())
			.append("  ")
			.append(String.format("%.1f ms", span.duration().toNanos() / 1_000_000.0))
			.append('\n');
		children.getOrDefault(span.spanId(), List.of()).forEach((child) -> append(out, child, children, depth + 1));
	}

}
