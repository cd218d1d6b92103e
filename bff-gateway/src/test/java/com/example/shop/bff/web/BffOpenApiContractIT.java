package com.example.shop.bff.web;

import java.io.IOException;
import java.nio.file.Path;

import com.example.shop.bff.BffConfiguration;
import com.example.shop.bff.support.BffTestApplication;
import com.example.shop.testsupport.http.OpenApiContract;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /bff/v1} serves exactly the OpenAPI document committed in this module
 * ({@code openapi/bff-api.json}): its bounds (maxLength, maxItems, pattern) are what
 * clients and the fuzz suite build on. No backend is needed to describe the API. After an
 * intended change, regenerate it with
 * {@code ./mvnw -B verify -pl bff-gateway -Dit.test=BffOpenApiContractIT -Dopenapi.update=true}
 * and commit the diff.
 */
@SpringBootTest(classes = BffTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.bff.orders.base-url=http://127.0.0.1:9", "app.bff.billing.base-url=http://127.0.0.1:9",
				"spring.grpc.client.channel.catalog.target=127.0.0.1:9" })
@TrustsTestIssuer
class BffOpenApiContractIT {

	/** Where the committed document sits on the classpath of this module's jar. */
	static final String RESOURCE = "openapi/bff-api.json";

	@Value("${local.server.port}")
	int port;

	@Test
	void theServedDocumentMatchesTheCommittedContract() throws IOException {
		JsonNode served = OpenApiContract.assertServedMatchesCommitted(this.port, BffConfiguration.class, RESOURCE,
				Path.of("src/main/resources", RESOURCE));

		assertThat(served.at("/paths/~1bff~1v1~1catalog~1products~1{sku}/get/parameters/0/schema/maxLength").asInt())
			.isEqualTo(40);
	}

}
