package com.example.shop.e2e.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to one backend, as any client sees it, with a bearer token on every
 * request (in {@link #request}) where one is given.
 */
final class Rest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private final Supplier<String> token;

	Rest(String baseUrl, Supplier<String> token) {
		this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
		this.token = token;
	}

	/** A cookie the answer to a GET sets (the XSRF token of /bff/v1). */
	String cookie(String path, String name, String... headers) {
		HttpRequest.Builder request = request(path).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request).headers()
			.allValues("Set-Cookie")
			.stream()
			.flatMap((header) -> java.net.HttpCookie.parse(header).stream())
			.filter((cookie) -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("GET " + path + " set no cookie " + name));
	}

	<T> T get(String path, Class<T> type) {
		return read(send(request(path).GET()), type);
	}

	<T> T post(String path, Object body, Class<T> type, String... headers) {
		return read(send(postRequest(path, body, headers)), type);
	}

	/**
	 * Posts, and answers the JSON body whatever the status (a refusal is an answer too).
	 */
	JsonNode postForAnyAnswer(String path, Object body, String... headers) {
		return JSON.readTree(send(postRequest(path, body, headers)).body());
	}

	private HttpRequest.Builder postRequest(String path, Object body, String... headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(this.base.resolve(path.startsWith("/") ? path.substring(1) : path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token.get());
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T read(HttpResponse<String> response, Class<T> type) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("%s %s answered %d: %s".formatted(response.request().method(),
					response.request().uri(), response.statusCode(), response.body()));
		}
		return JSON.readValue(response.body(), type);
	}

}
