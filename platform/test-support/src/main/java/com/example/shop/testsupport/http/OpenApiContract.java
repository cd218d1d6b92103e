package com.example.shop.testsupport.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a service serves exactly the OpenAPI document committed in its contract
 * artifact, which is what its clients build against. With {@code -Dopenapi.update=true}
 * it first rewrites the committed file from what is served, for an intended API change;
 * the diff is then reviewed and committed.
 */
public final class OpenApiContract {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private OpenApiContract() {
	}

	/**
	 * Asserts that {@code /v3/api-docs} on {@code port} equals the committed document.
	 * @param port the service's port
	 * @param contract a class of the contract artifact, whose class loader finds the
	 * committed document
	 * @param resource the document's classpath location in the contract artifact
	 * @param source the document's file in the contract's sources, rewritten with
	 * {@code -Dopenapi.update=true}
	 * @return the served document, for further assertions
	 * @throws IOException if a document cannot be read or written
	 */
	public static JsonNode assertServedMatchesCommitted(int port, Class<?> contract, String resource, Path source)
			throws IOException {
		var response = new LoopbackHttp(port).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		JsonNode served = JSON.readTree(response.body());
		// The server URL is the test's random port: not part of the contract.
		((ObjectNode) served).remove("servers");
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(source, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
		}
		try (InputStream committed = contract.getClassLoader().getResourceAsStream(resource)) {
			assertThat(committed).as("committed OpenAPI document " + resource).isNotNull();
			assertThat(served).isEqualTo(JSON.readTree(committed));
		}
		return served;
	}

}
