package com.example.shop.billing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.example.shop.billing.api.BillingApi;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.postgres.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document must equal the one committed in {@code billing-api}, which
 * is what clients build against. After an intended API change, regenerate it with
 * {@code ./mvnw -pl backend-billing-rest/billing-service verify -Dit.test=OpenApiContractIT -Dopenapi.update=true}
 * and commit the diff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest(database = "billing")
@Import(BillingTestConfiguration.class)
class OpenApiContractIT {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	@Value("${local.server.port}")
	int port;

	@Test
	void theServedDocumentMatchesTheCommittedContract() throws IOException {
		var response = new LoopbackHttp(this.port).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		JsonNode served = JSON.readTree(response.body());
		// The server URL is the test's random port: not part of the contract.
		((ObjectNode) served).remove("servers");

		if (Boolean.getBoolean("openapi.update")) {
			Path committed = Path.of("../billing-api/src/main/resources", BillingApi.OPENAPI_RESOURCE);
			Files.writeString(committed, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
		}
		try (InputStream committed = BillingApi.class.getClassLoader()
			.getResourceAsStream(BillingApi.OPENAPI_RESOURCE)) {
			assertThat(committed).as("committed OpenAPI document " + BillingApi.OPENAPI_RESOURCE).isNotNull();
			assertThat(served).isEqualTo(JSON.readTree(committed));
		}
		// Every creating POST documents its Idempotency-Key.
		assertThat(served.at("/paths/~1api~1v1~1customers/post/parameters").findValuesAsString("name"))
			.contains("Idempotency-Key");
		assertThat(served.at("/paths/~1api~1v1~1invoices/post/parameters").findValuesAsString("name"))
			.contains("Idempotency-Key");
		assertThat(served.at("/paths/~1api~1v1~1invoices~1{id}~1payments/post/parameters").findValuesAsString("name"))
			.contains("Idempotency-Key");
	}

}
