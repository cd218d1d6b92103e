package com.example.shop.testsupport.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP/1.1 client for tests of a service running on loopback: it sends exactly
 * the bytes a test writes (malformed JSON included) and hands back status, headers and
 * the parsed body, whatever the status. No client library of the service under test is
 * involved, so a test sees what any other client would.
 */
public final class LoopbackHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ACCEPT = "application/json, application/problem+json";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private final String bearer;

	public LoopbackHttp(int port) {
		this(URI.create("http://127.0.0.1:" + port), null);
	}

	private LoopbackHttp(URI base, String bearer) {
		this.base = base;
		this.bearer = bearer;
	}

	/**
	 * The same client sending {@code Authorization: Bearer <token>} on every request
	 * (unless a request names its own {@code Authorization}).
	 */
	public LoopbackHttp withBearer(String token) {
		return new LoopbackHttp(this.base, token);
	}

	public Response get(String path, String... headers) {
		return send(builder(path, headers).GET());
	}

	public Response post(String path, String body, String... headers) {
		HttpRequest.Builder builder = builder(path, headers);
		if (body != null) {
			builder.header("Content-Type", "application/json");
		}
		return send(builder
			.POST((body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()));
	}

	public Response request(String method, String path, String body, String... headers) {
		HttpRequest.Builder builder = builder(path, headers);
		if (body != null) {
			builder.header("Content-Type", "application/json");
		}
		return send(builder.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * A body-less POST whose headers go out one byte per character, as a client that
	 * writes Latin-1 (or raw UTF-8) sends them: {@code java.net.http}, behind every other
	 * method here, replaces what is not ASCII, so a control character such as
	 * {@code \u0085} never reaches the server through it.
	 * @param path the path, with its query
	 * @param headers names and values, alternating
	 * @return the response, whatever its status
	 */
	public Response postLatin1Headers(String path, String... headers) {
		try {
			HttpURLConnection connection = (HttpURLConnection) this.base.resolve(path).toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setRequestProperty("Accept", ACCEPT);
			if (this.bearer != null) {
				connection.setRequestProperty("Authorization", "Bearer " + this.bearer);
			}
			for (int i = 0; i + 1 < headers.length; i += 2) {
				connection.setRequestProperty(headers[i], headers[i + 1]);
			}
			int status = connection.getResponseCode();
			InputStream body = (status >= 400) ? connection.getErrorStream() : connection.getInputStream();
			String text = (body != null) ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "";
			Map<String, List<String>> answered = new LinkedHashMap<>(connection.getHeaderFields());
			answered.remove(null);
			return new Response(status, answered, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Serializes any value as JSON, for request bodies built from maps or records. */
	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private HttpRequest.Builder builder(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", ACCEPT);
		boolean ownAuthorization = false;
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
			ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
		}
		if (this.bearer != null && !ownAuthorization) {
			builder.header("Authorization", "Bearer " + this.bearer);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response, whatever its status.
	 *
	 * @param status the status code
	 * @param headers the headers
	 * @param body the raw body
	 */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public Optional<String> header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst();
		}

		/** The problem {@code type} URI's last segment, for asserting on error kinds. */
		public String problemType() {
			String type = json().path("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}

	}

}
