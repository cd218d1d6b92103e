package com.example.shop.sagafaults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BFF as a careful user reaches it: only {@code /bff/v1}, as JSON, with the demo
 * users, each with a bearer token from test-support's test issuer ({@link Tokens}).
 */
final class Bff {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private volatile int port;

	Bff(int port) {
		this.port = port;
	}

	/** After a restart the BFF listens elsewhere. */
	void rebind(int newPort) {
		this.port = newPort;
	}

	CompletableFuture<Answer> place(Placement placement) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("placementId", placement.id().toString());
		body.put("customerId", placement.customerId().toString());
		List<Map<String, Object>> lines = new ArrayList<>();
		placement.lines().forEach((sku, quantity) -> lines.add(Map.of("sku", sku, "quantity", quantity)));
		body.put("lines", lines);
		return send("POST", "/bff/v1/orders", JSON.writeValueAsString(body), "sales");
	}

	CompletableFuture<Answer> cancel(UUID orderId, long version) {
		return send("POST", "/bff/v1/orders/" + orderId + "/cancel", "{\"reason\": \"fault suite\"}", "sales",
				"If-Match", "\"" + version + "\"");
	}

	CompletableFuture<Answer> act(UUID orderId, String action, long version) {
		return send("POST", "/bff/v1/orders/" + orderId + "/" + action, null, "sales", "If-Match",
				"\"" + version + "\"");
	}

	Answer detail(UUID orderId) {
		return send("GET", "/bff/v1/orders/" + orderId, null, "admin").join();
	}

	private CompletableFuture<Answer> send(String method, String path, String body, String user, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + Tokens.of(user));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return this.http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
			.thenApply((response) -> new Answer(response.statusCode(), parse(response.body()),
					response.headers().firstValue("ETag").orElse(null)))
			.exceptionally((failure) -> new Answer(0, JSON.createObjectNode().put("error", failure.toString()), null));
	}

	private static JsonNode parse(String body) {
		try {
			return (body == null || body.isBlank()) ? JSON.createObjectNode() : JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			return JSON.createObjectNode().put("raw", body);
		}
	}

	/**
	 * A placement as the new-order form submits it.
	 *
	 * @param id the placement id, reused on every retry
	 * @param customerId the customer
	 * @param lines units per SKU
	 */
	record Placement(UUID id, UUID customerId, Map<String, Integer> lines) {

		Placement forCustomer(UUID other) {
			return new Placement(this.id, other, this.lines);
		}

	}

	/**
	 * What the BFF answered; status 0 when the connection failed (the BFF was killed).
	 *
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @param etag the {@code ETag}, if any
	 */
	record Answer(int status, JsonNode body, String etag) {

		/**
		 * {@code placed}, {@code placedWithPendingSteps}, {@code rejected},
		 * {@code notPlaced}, ...
		 */
		String outcome() {
			return this.body.path("outcome").asString("");
		}

		boolean placed() {
			return outcome().startsWith("placed");
		}

		UUID orderId() {
			String id = this.body.path("order").path("id").asString("");
			return id.isEmpty() ? null : UUID.fromString(id);
		}

		String reason() {
			return this.body.path("reason").asString("");
		}

		long version() {
			return Long.parseLong(this.etag.replace("\"", ""));
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
