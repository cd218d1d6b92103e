package com.example.shop.orders;

import java.io.IOException;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

import com.example.shop.orders.api.OrdersApi;
import com.example.shop.testsupport.http.OpenApiContract;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document must equal the one committed in {@code orders-api}, which
 * is what clients build against. After an intended API change, regenerate it with
 * {@code ./mvnw -pl backend-orders-rest/orders-service verify -Dit.test=OpenApiContractIT -Dopenapi.update=true}
 * and commit the diff.
 */
@PostgresServiceTest(database = "orders")
class OpenApiContractIT {

	@Value("${local.server.port}")
	int port;

	@Test
	void theServedDocumentMatchesTheCommittedContract() throws IOException {
		JsonNode served = OpenApiContract.assertServedMatchesCommitted(this.port, OrdersApi.class,
				OrdersApi.OPENAPI_RESOURCE, Path.of("../orders-api/src/main/resources", OrdersApi.OPENAPI_RESOURCE));

		assertThat(served.at("/paths/~1api~1v1~1orders/post/parameters/0/name").asString())
			.isEqualTo("Idempotency-Key");
	}

}
