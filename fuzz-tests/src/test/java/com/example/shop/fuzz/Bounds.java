package com.example.shop.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.example.shop.catalog.v1.FieldLimits;
import com.example.shop.catalog.v1.FieldLimitsProto;
import com.example.shop.catalog.v1.Text;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

/**
 * The catalog contract's bounds as the suite reads them from the descriptors
 * ({@code field_limits.proto}), and whether a request keeps them: the oracle's own
 * reading of the contract, written apart from the service's. The Google types the
 * contract reuses have theirs in its comments (currency code: 3 letters; at most 7
 * update-mask paths of 32 characters). A test may tighten one bound to play a service
 * that lacks that check.
 */
final class Bounds {

	private final Map<String, FieldLimits> overrides = new HashMap<>(Map.of("google.type.Money.currency_code",
			FieldLimits.newBuilder().setMaxLength(3).setPattern("[A-Z]{3}").build(), "google.protobuf.FieldMask.paths",
			FieldLimits.newBuilder().setMaxItems(7).setMaxLength(32).setPattern("[a-z_]{1,32}").build()));

	/** The contract's bounds, with this one field's replaced. */
	Bounds with(String field, FieldLimits limits) {
		this.overrides.put(field, limits);
		return this;
	}

	FieldLimits of(FieldDescriptor field) {
		FieldLimits override = this.overrides.get(field.getFullName());
		if (override != null) {
			return override;
		}
		return field.getOptions().hasExtension(FieldLimitsProto.limits)
				? field.getOptions().getExtension(FieldLimitsProto.limits) : null;
	}

	/** What in a parsed request breaks the contract, or null if nothing does. */
	String broken(Message message) {
		if (message instanceof Timestamp timestamp
				&& (timestamp.getSeconds() < -62_135_596_800L || timestamp.getSeconds() > 253_402_300_799L
						|| timestamp.getNanos() < 0 || timestamp.getNanos() > 999_999_999)) {
			return "an invalid timestamp";
		}
		for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
			FieldDescriptor field = entry.getKey();
			FieldLimits limits = of(field);
			if (field.isRepeated()) {
				List<?> values = (List<?>) entry.getValue();
				if (limits != null && values.size() > limits.getMaxItems()) {
					return field.getName() + " has " + values.size() + " entries";
				}
				for (Object value : values) {
					String problem = broken(field, limits, value);
					if (problem != null) {
						return problem;
					}
				}
			}
			else {
				String problem = broken(field, limits, entry.getValue());
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	private String broken(FieldDescriptor field, FieldLimits limits, Object value) {
		if (field.isMapField()) {
			Message entry = (Message) value;
			String key = (String) entry.getField(entry.getDescriptorForType().findFieldByName("key"));
			Object mapped = entry.getField(entry.getDescriptorForType().findFieldByName("value"));
			if (!fits(key, limits.getMaxKeyLength(), "", limits.getText())) {
				return field.getName() + " key " + RestFuzzer.abbreviate(key);
			}
			return (mapped instanceof String text && !fits(text, limits.getMaxLength(), "", limits.getText()))
					? field.getName() + " value " + RestFuzzer.abbreviate(text) : null;
		}
		if (value instanceof Message nested) {
			return broken(nested);
		}
		if (value instanceof String text && limits != null
				&& !fits(text, limits.getMaxLength(), limits.getPattern(), limits.getText())) {
			return field.getName() + " = " + RestFuzzer.abbreviate(text);
		}
		return null;
	}

	/**
	 * Whether a text keeps a length, a pattern (when not empty) and the characters its
	 * kind allows.
	 */
	static boolean fits(String text, int maxLength, String pattern, Text kind) {
		if (text.codePointCount(0, text.length()) > maxLength) {
			return false;
		}
		if (!pattern.isEmpty() && !text.isEmpty() && !Pattern.matches(pattern, text)) {
			return false;
		}
		return text.chars()
			.noneMatch((c) -> Character.getType(c) == Character.CONTROL
					&& !(kind == Text.MULTI_LINE && (c == '\t' || c == '\n' || c == '\r')));
	}

}
