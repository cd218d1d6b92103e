package com.example.shop.billing;

import java.io.IOException;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

import com.example.shop.billing.api.BillingApi;
import com.example.shop.testsupport.http.OpenApiContract;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document must equal the one committed in {@code billing-api}, which
 * is what clients build against. After an intended API change, regenerate it with
 * {@code ./mvnw -pl backend-billing-rest/billing-service verify -Dit.test=OpenApiContractIT -Dopenapi.update=true}
 * and commit the diff.
 */
@PostgresServiceTest(database = "billing")
class OpenApiContractIT {

	@Value("${local.server.port}")
	int port;

	@Test
	void theServedDocumentMatchesTheCommittedContract() throws IOException {
		JsonNode served = OpenApiContract.assertServedMatchesCommitted(this.port, BillingApi.class,
				BillingApi.OPENAPI_RESOURCE, Path.of("../billing-api/src/main/resources", BillingApi.OPENAPI_RESOURCE));

		// Every creating POST documents its Idempotency-Key.
		assertThat(served.at("/paths/~1api~1v1~1customers/post/parameters").findValuesAsString("name"))
			.contains("Idempotency-Key");
		assertThat(served.at("/paths/~1api~1v1~1invoices/post/parameters").findValuesAsString("name"))
			.contains("Idempotency-Key");
		assertThat(served.at("/paths/~1api~1v1~1invoices~1{id}~1payments/post/parameters").findValuesAsString("name"))
			.contains("Idempotency-Key");
	}

}
