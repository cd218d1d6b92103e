package com.example.shop.bff.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Classifies what a REST backend answered (RFC 9457 problems) into
 * {@link BackendException}s.
 */
final class HttpErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpErrors() {
	}

	static BackendException classify(String backend, Throwable ex) {
		if (ex instanceof WebClientResponseException response) {
			int status = response.getStatusCode().value();
			JsonNode problem = parse(response.getResponseBodyAsString());
			String type = lastSegment(problem.path("type").asString(""));
			String detail = problem.path("detail").asString(response.getStatusText());
			if (status == 404) {
				return new BackendException.NotFound(backend, detail, ex);
			}
			if (status == 409 && type.equals("idempotency-request-in-flight")) {
				// The first attempt is still running at the backend: a later retry gets
				// its answer.
				return new BackendException.Unavailable(backend, detail, ex);
			}
			if (status >= 400 && status < 500 && status != 408 && status != 429) {
				BackendException.Rejected.Kind kind = switch (status) {
					case 400 -> BackendException.Rejected.Kind.INVALID;
					case 412 -> BackendException.Rejected.Kind.STALE;
					default -> BackendException.Rejected.Kind.CONFLICT;
				};
				return new BackendException.Rejected(backend, kind, type, detail, fieldErrors(problem),
						properties(problem), ex);
			}
			return new BackendException.Unavailable(backend, "%s answered %d".formatted(backend, status), ex);
		}
		if (ex instanceof WebClientRequestException) {
			return new BackendException.Unavailable(backend, backend + " cannot be reached", ex);
		}
		return new BackendException.Unavailable(backend, backend + " failed: " + ex.getClass().getSimpleName(), ex);
	}

	private static JsonNode parse(String body) {
		try {
			return (body == null || body.isBlank()) ? JSON.createObjectNode() : JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			return JSON.createObjectNode();
		}
	}

	private static List<BackendException.FieldError> fieldErrors(JsonNode problem) {
		List<BackendException.FieldError> errors = new ArrayList<>();
		for (JsonNode error : problem.path("errors")) {
			errors.add(new BackendException.FieldError(error.path("field").asString(""),
					error.path("message").asString("")));
		}
		return errors;
	}

	private static Map<String, Object> properties(JsonNode problem) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (var entry : problem.properties()) {
			String name = entry.getKey();
			if (!List.of("type", "title", "status", "detail", "instance", "errors").contains(name)) {
				properties.put(name, JSON.treeToValue(entry.getValue(), Object.class));
			}
		}
		return properties;
	}

	private static String lastSegment(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

}
