package com.example.shop.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A committed OpenAPI document, read as the suite needs it: every operation with its
 * parameters and request body schema, {@code $ref}s resolved on demand.
 */
final class RestContract {

	private final JsonNode document;

	final List<Operation> operations = new ArrayList<>();

	private RestContract(JsonNode document) {
		this.document = document;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				List<Param> params = new ArrayList<>();
				for (JsonNode param : operation.path("parameters")) {
					params.add(new Param(param.path("name").asString(), param.path("in").asString(),
							param.path("required").asBoolean(false), param.path("schema")));
				}
				JsonNode body = operation.at("/requestBody/content/application~1json/schema");
				// What its successful answers are, so a request accepts them (a report is
				// a
				// ZIP or CSV: asking only for JSON there is refused with 406 before any
				// check).
				java.util.Set<String> produces = new java.util.LinkedHashSet<>();
				for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
					if (response.getKey().startsWith("2")) {
						response.getValue().path("content").properties().forEach((type) -> produces.add(type.getKey()));
					}
				}
				produces.add("application/json");
				produces.add("application/problem+json");
				this.operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), params,
						body.isMissingNode() ? null : body, operation.at("/requestBody/required").asBoolean(false),
						String.join(", ", produces)));
			}
		}
	}

	/** The committed document at this path from the repository root. */
	static RestContract committed(String file) {
		try {
			return new RestContract(Shop.JSON.readTree(Files.readString(Shop.repositoryRoot().resolve(file))));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A copy of this contract with one bound changed: what the suite's own test uses to
	 * play a service that lacks one check.
	 */
	RestContract withBound(String schema, String property, String bound, int value) {
		JsonNode copy = this.document.deepCopy();
		((ObjectNode) copy.at("/components/schemas/" + schema + "/properties/" + property)).put(bound, value);
		return new RestContract(copy);
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		while (current.has("$ref")) {
			String name = current.path("$ref").asString().substring("#/components/schemas/".length());
			current = this.document.at("/components/schemas/" + name);
		}
		return current;
	}

	/**
	 * One operation.
	 *
	 * @param method the HTTP method
	 * @param path the path template
	 * @param params its parameters
	 * @param body its JSON body's schema, or null
	 * @param bodyRequired whether the body is required
	 * @param accept the media types its answers come in, as an {@code Accept} header
	 */
	record Operation(String method, String path, List<Param> params, JsonNode body, boolean bodyRequired,
			String accept) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * One parameter.
	 *
	 * @param name its name
	 * @param in path, query or header
	 * @param required whether it must be sent
	 * @param schema its schema
	 */
	record Param(String name, String in, boolean required, JsonNode schema) {
	}

}
