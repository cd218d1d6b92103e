package com.example.shop.testsupport.traces;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OTLP/HTTP {@code ExportTraceServiceRequest} (protobuf) into
 * {@link ReceivedSpan}s. A hand-written reader of the few fields it needs, so neither the
 * tests nor the local run put a second protobuf runtime next to gRPC's; every other field
 * is skipped by its wire type.
 */
final class OtlpDecoder {

	private static final HexFormat HEX = HexFormat.of();

	private OtlpDecoder() {
	}

	/** The spans of one export request. */
	static List<ReceivedSpan> spans(byte[] request) {
		List<ReceivedSpan> spans = new ArrayList<>();
		Reader reader = new Reader(request, 0, request.length);
		while (reader.more()) {
			int tag = reader.tag();
			if (field(tag) == 1) {
				resourceSpans(reader.message(), spans);
			}
			else {
				reader.skip(tag);
			}
		}
		return spans;
	}

	private static void resourceSpans(Reader resourceSpans, List<ReceivedSpan> into) {
		String service = "unknown";
		List<Reader> scopes = new ArrayList<>();
		while (resourceSpans.more()) {
			int tag = resourceSpans.tag();
			switch (field(tag)) {
				case 1 -> service = attributes(resourceSpans.message(), 1).getOrDefault("service.name", service);
				case 2 -> scopes.add(resourceSpans.message());
				default -> resourceSpans.skip(tag);
			}
		}
		for (Reader scope : scopes) {
			while (scope.more()) {
				int tag = scope.tag();
				if (field(tag) == 2) {
					into.add(span(scope.message(), service));
				}
				else {
					scope.skip(tag);
				}
			}
		}
	}

	private static ReceivedSpan span(Reader span, String service) {
		String traceId = "";
		String spanId = "";
		String parentSpanId = "";
		String name = "";
		int kind = 0;
		long start = 0;
		long end = 0;
		Map<String, String> attributes = new LinkedHashMap<>();
		while (span.more()) {
			int tag = span.tag();
			switch (field(tag)) {
				case 1 -> traceId = HEX.formatHex(span.bytes());
				case 2 -> spanId = HEX.formatHex(span.bytes());
				case 4 -> parentSpanId = HEX.formatHex(span.bytes());
				case 5 -> name = span.string();
				case 6 -> kind = (int) span.varint();
				case 7 -> start = span.fixed64();
				case 8 -> end = span.fixed64();
				case 9 -> keyValue(span.message(), attributes);
				default -> span.skip(tag);
			}
		}
		ReceivedSpan.Kind[] kinds = ReceivedSpan.Kind.values();
		return new ReceivedSpan(service, traceId, spanId, parentSpanId, name,
				(kind >= 0 && kind < kinds.length) ? kinds[kind] : ReceivedSpan.Kind.UNSPECIFIED, start, end,
				Map.copyOf(attributes));
	}

	/** The {@code KeyValue}s in field {@code number} of a message. */
	private static Map<String, String> attributes(Reader message, int number) {
		Map<String, String> attributes = new LinkedHashMap<>();
		while (message.more()) {
			int tag = message.tag();
			if (field(tag) == number) {
				keyValue(message.message(), attributes);
			}
			else {
				message.skip(tag);
			}
		}
		return attributes;
	}

	private static void keyValue(Reader keyValue, Map<String, String> into) {
		String key = null;
		String value = null;
		while (keyValue.more()) {
			int tag = keyValue.tag();
			switch (field(tag)) {
				case 1 -> key = keyValue.string();
				case 2 -> value = anyValue(keyValue.message());
				default -> keyValue.skip(tag);
			}
		}
		if (key != null && value != null) {
			into.put(key, value);
		}
	}

	/**
	 * A string, bool, int or double {@code AnyValue} as text; arrays and maps are left
	 * out.
	 */
	private static String anyValue(Reader value) {
		String text = null;
		while (value.more()) {
			int tag = value.tag();
			switch (field(tag)) {
				case 1 -> text = value.string();
				case 2 -> text = Boolean.toString(value.varint() != 0);
				case 3 -> text = Long.toString(value.varint());
				case 4 -> text = Double.toString(Double.longBitsToDouble(value.fixed64()));
				default -> value.skip(tag);
			}
		}
		return text;
	}

	private static int field(int tag) {
		return tag >>> 3;
	}

	/** The protobuf wire format over a slice of a byte array. */
	private static final class Reader {

		private final byte[] data;

		private int position;

		private final int limit;

		Reader(byte[] data, int offset, int limit) {
			this.data = data;
			this.position = offset;
			this.limit = limit;
		}

		boolean more() {
			return this.position < this.limit;
		}

		int tag() {
			return (int) varint();
		}

		long varint() {
			long result = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				byte b = next();
				result |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return result;
				}
			}
			throw new IllegalArgumentException("Malformed varint");
		}

		long fixed64() {
			long result = 0;
			for (int i = 0; i < 8; i++) {
				result |= (long) (next() & 0xFF) << (8 * i);
			}
			return result;
		}

		byte[] bytes() {
			int length = length();
			byte[] bytes = java.util.Arrays.copyOfRange(this.data, this.position, this.position + length);
			this.position += length;
			return bytes;
		}

		String string() {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

		Reader message() {
			int length = length();
			Reader message = new Reader(this.data, this.position, this.position + length);
			this.position += length;
			return message;
		}

		void skip(int tag) {
			switch (tag & 7) {
				case 0 -> varint();
				case 1 -> advance(8);
				case 2 -> advance(length());
				case 5 -> advance(4);
				default -> throw new IllegalArgumentException("Unsupported wire type " + (tag & 7));
			}
		}

		private int length() {
			int length = (int) varint();
			if (length < 0 || this.position + length > this.limit) {
				throw new IllegalArgumentException("Truncated message");
			}
			return length;
		}

		private void advance(int count) {
			if (this.position + count > this.limit) {
				throw new IllegalArgumentException("Truncated message");
			}
			this.position += count;
		}

		private byte next() {
			if (this.position >= this.limit) {
				throw new IllegalArgumentException("Truncated message");
			}
			return this.data[this.position++];
		}

	}

}
