package com.example.shop.bff.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.InvalidField;
import com.example.shop.problems.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Classifies what a REST backend answered (RFC 9457 problems) into
 * {@link BackendFailure}s.
 */
final class HttpErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpErrors() {
	}

	static BackendFailure classify(String backend, Throwable ex) {
		if (ex instanceof WebClientResponseException response) {
			int status = response.getStatusCode().value();
			JsonNode problem = parse(response.getResponseBodyAsString());
			String type = lastSegment(problem.path("type").asString(""));
			ProblemType known = ProblemType.ofUri(problem.path("type").asString("")).orElse(null);
			String detail = problem.path("detail").asString(response.getStatusText());
			if (status == 404) {
				return new BackendNotFound(backend, detail, ex);
			}
			if (status == 409 && known == ProblemType.IDEMPOTENCY_IN_FLIGHT) {
				// The first attempt is still running at the backend: a later retry gets
				// its answer.
				return new BackendUnavailable(backend, BackendUnavailable.Why.IN_FLIGHT, detail, ex);
			}
			if (status >= 400 && status < 500 && status != 408 && status != 429) {
				BackendRefusal.Kind kind = switch (status) {
					case 400 -> BackendRefusal.Kind.INVALID;
					case 401, 403 -> BackendRefusal.Kind.FORBIDDEN;
					case 412 -> BackendRefusal.Kind.STALE;
					default -> BackendRefusal.Kind.CONFLICT;
				};
				return new BackendRefusal(backend, kind, type, known, detail, fieldErrors(problem), properties(problem),
						ex);
			}
			return new BackendUnavailable(backend, "%s answered %d".formatted(backend, status), ex);
		}
		if (ex instanceof WebClientRequestException) {
			return new BackendUnavailable(backend, backend + " cannot be reached", ex);
		}
		return new BackendUnavailable(backend, backend + " failed: " + ex.getClass().getSimpleName(), ex);
	}

	private static JsonNode parse(String body) {
		try {
			return (body == null || body.isBlank()) ? JSON.createObjectNode() : JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			return JSON.createObjectNode();
		}
	}

	private static List<InvalidField> fieldErrors(JsonNode problem) {
		List<InvalidField> errors = new ArrayList<>();
		for (JsonNode error : problem.path("errors")) {
			errors.add(new InvalidField(error.path("field").asString(""), error.path("message").asString("")));
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
