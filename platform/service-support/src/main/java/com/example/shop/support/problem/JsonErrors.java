package com.example.shop.support.problem;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what was wrong with an unreadable JSON body without echoing parser internals or
 * class names.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static String describe(Throwable cause) {
		return switch (cause) {
			case UnrecognizedPropertyException unknown -> "Unknown field '%s'".formatted(unknown.getPropertyName());
			case InvalidFormatException invalid ->
				"'%s' is not a valid value for %s".formatted(invalid.getValue(), pathOf(invalid));
			case MismatchedInputException mismatched -> "Wrong type of value for " + pathOf(mismatched);
			case JacksonException json -> "The body is not valid JSON: " + json.getOriginalMessage();
			case null, default -> "The request body is missing or unreadable";
		};
	}

	static Optional<String> field(Throwable cause) {
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			return Optional.of(pathOf(databind));
		}
		return Optional.empty();
	}

	private static String pathOf(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "the body" : path.toString();
	}

}
