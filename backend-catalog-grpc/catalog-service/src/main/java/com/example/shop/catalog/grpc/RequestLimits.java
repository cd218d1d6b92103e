package com.example.shop.catalog.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.type.Money;

import com.example.shop.catalog.v1.FieldLimits;
import com.example.shop.catalog.v1.FieldLimitsProto;
import com.example.shop.catalog.v1.Text;
import com.example.shop.support.domain.FieldViolation;

/**
 * The bounds every request field has in the contract ({@code field_limits.proto}),
 * checked on the parsed message before the service sees it: lengths and counts first, so
 * a pattern never runs on more than {@code max_length} characters, then identifier shapes
 * and the characters text may carry. Fields of the Google types the contract reuses
 * ({@code google.type.Money}, {@code google.protobuf.FieldMask},
 * {@code google.protobuf.Timestamp}) have their bounds here, as their comments in the
 * contract say. A string or list field without bounds is a mistake in the contract:
 * {@code RequestLimitsTests} fails on one.
 */
final class RequestLimits {

	/** Bounds of the fields of Google's messages, which the contract cannot annotate. */
	static final Map<String, FieldLimits> FOREIGN = Map.of(Money.getDescriptor().getFullName() + ".currency_code",
			FieldLimits.newBuilder().setMaxLength(3).setPattern("[A-Z]{3}").build(),
			FieldMask.getDescriptor().getFullName() + ".paths",
			FieldLimits.newBuilder().setMaxItems(7).setMaxLength(32).setPattern("[a-z_]{1,32}").build());

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private RequestLimits() {
	}

	/**
	 * @param request a request message
	 * @return every field that breaks its bounds, by its path in the request
	 * ({@code lines[1].sku}); empty if none does
	 */
	static List<FieldViolation> check(Message request) {
		List<FieldViolation> violations = new ArrayList<>();
		check(request, "", violations);
		return violations;
	}

	/** The bounds of a field, or null if the contract gives it none. */
	static FieldLimits of(FieldDescriptor field) {
		if (field.getOptions().hasExtension(FieldLimitsProto.limits)) {
			return field.getOptions().getExtension(FieldLimitsProto.limits);
		}
		return FOREIGN.get(field.getFullName());
	}

	private static void check(Message message, String prefix, List<FieldViolation> violations) {
		if (message instanceof Timestamp timestamp && !valid(timestamp)) {
			violations.add(new FieldViolation(path(prefix, "seconds"),
					"must be a valid timestamp between 0001-01-01 and 9999-12-31"));
			return;
		}
		for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
			FieldDescriptor field = entry.getKey();
			String path = path(prefix, field.getName());
			FieldLimits limits = of(field);
			if (field.isMapField()) {
				map(path, limits, (List<?>) entry.getValue(), violations);
			}
			else if (field.isRepeated()) {
				List<?> values = (List<?>) entry.getValue();
				if (limits == null || values.size() > limits.getMaxItems()) {
					violations.add(new FieldViolation(path, "must have at most %d entries".formatted(max(limits))));
					continue;
				}
				for (int i = 0; i < values.size(); i++) {
					value(path + "[" + i + "]", field, limits, values.get(i), violations);
				}
			}
			else {
				value(path, field, limits, entry.getValue(), violations);
			}
		}
	}

	private static void map(String path, FieldLimits limits, List<?> entries, List<FieldViolation> violations) {
		if (limits == null || entries.size() > limits.getMaxItems()) {
			violations.add(new FieldViolation(path, "must have at most %d entries".formatted(max(limits))));
			return;
		}
		for (Object item : entries) {
			Message entry = (Message) item;
			FieldDescriptor keyField = entry.getDescriptorForType().findFieldByName("key");
			FieldDescriptor valueField = entry.getDescriptorForType().findFieldByName("value");
			String key = String.valueOf(entry.getField(keyField));
			String problem = text(key, limits.getMaxKeyLength(), "", limits.getText());
			String entryPath = path + "[" + excerpt(key) + "]";
			if (problem != null) {
				violations.add(new FieldViolation(path, "key '%s' %s".formatted(excerpt(key), problem)));
			}
			else if (valueField.getJavaType() == FieldDescriptor.JavaType.STRING) {
				string(entryPath, limits, (String) entry.getField(valueField), violations);
			}
		}
	}

	private static void value(String path, FieldDescriptor field, FieldLimits limits, Object value,
			List<FieldViolation> violations) {
		if (value instanceof Message nested) {
			check(nested, path, violations);
		}
		else if (field.getJavaType() == FieldDescriptor.JavaType.STRING) {
			if (limits == null) {
				violations.add(new FieldViolation(path, "has no bounds in the contract and is refused"));
				return;
			}
			string(path, limits, (String) value, violations);
		}
	}

	private static void string(String path, FieldLimits limits, String value, List<FieldViolation> violations) {
		String problem = text(value, limits.getMaxLength(), limits.getPattern(), limits.getText());
		if (problem != null) {
			violations.add(new FieldViolation(path, problem));
		}
	}

	/**
	 * What is wrong with a string, or null: length first, then shape, then characters.
	 */
	static String text(String value, int maxLength, String pattern, Text kind) {
		// A code point is at most two chars: a string this long is too long however it is
		// made.
		if (value.length() > 2 * maxLength || value.codePointCount(0, value.length()) > maxLength) {
			return "must be at most %d characters".formatted(maxLength);
		}
		if (!pattern.isEmpty() && !value.isEmpty() && !compiled(pattern).matcher(value).matches()) {
			return "must match %s".formatted(pattern);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.getType(c) == Character.CONTROL
					&& !(kind == Text.MULTI_LINE && (c == '\t' || c == '\n' || c == '\r'))) {
				return (kind == Text.MULTI_LINE) ? "must not contain control characters but tabs and line breaks"
						: "must not contain control characters (line breaks, tabs, NUL included)";
			}
		}
		return null;
	}

	/**
	 * As {@code Timestamps.isValid}: what an {@code Instant} and every store can hold.
	 */
	private static boolean valid(Timestamp timestamp) {
		return timestamp.getSeconds() >= -62_135_596_800L && timestamp.getSeconds() <= 253_402_300_799L
				&& timestamp.getNanos() >= 0 && timestamp.getNanos() < 1_000_000_000;
	}

	private static Pattern compiled(String pattern) {
		return PATTERNS.computeIfAbsent(pattern, Pattern::compile);
	}

	private static int max(FieldLimits limits) {
		return (limits != null) ? limits.getMaxItems() : 0;
	}

	private static String path(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + "." + name;
	}

	/** A caller's text as an error may quote it: short, and on one line. */
	static String excerpt(String text) {
		String shown = (text.length() > 40) ? text.substring(0, 40) + "..." : text;
		StringBuilder printable = new StringBuilder(shown.length());
		shown.codePoints()
			.forEach((c) -> printable
				.append(Character.isISOControl(c) ? "\\u%04x".formatted(c) : Character.toString(c)));
		return printable.toString();
	}

}
