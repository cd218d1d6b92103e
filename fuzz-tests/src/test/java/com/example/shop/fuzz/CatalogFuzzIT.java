package com.example.shop.fuzz;

import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.GetProductRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogFuzzIT extends FuzzTest {

	@Test
	void hostileCallsFromTheCatalogDescriptorsAreRefusedQuicklyAndChangeNothing() throws Exception {
		assertClean(new GrpcFuzzer(this.shop, new Bounds()).run(seed(Api.CATALOG), requests()));
		assertThat(HealthGrpc.newBlockingStub(this.shop.catalogChannel)
			.withDeadlineAfter(2, TimeUnit.SECONDS)
			.check(HealthCheckRequest.getDefaultInstance())
			.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
	}

	@Test
	void anOrdinaryGetProductKeepsItsLatencyWhileAHundredThousandCharacterSkuIsRefused() throws Exception {
		var catalog = CatalogServiceGrpc.newBlockingStub(this.shop.catalogChannel);
		GetProductRequest ordinary = GetProductRequest.newBuilder().setSku("FZ-0003").build();
		GetProductRequest worst = GetProductRequest.newBuilder().setSku("A".repeat(100_000)).build();
		assertUndisturbed(Neighbour.measure(
				() -> catalog.withDeadlineAfter(5, TimeUnit.SECONDS).getProduct(ordinary).getSku().equals("FZ-0003"),
				() -> {
					try {
						catalog.withDeadlineAfter(5, TimeUnit.SECONDS).getProduct(worst);
						return false;
					}
					catch (StatusRuntimeException ex) {
						return ex.getStatus().getCode() == Status.Code.INVALID_ARGUMENT;
					}
				}));
	}

}
