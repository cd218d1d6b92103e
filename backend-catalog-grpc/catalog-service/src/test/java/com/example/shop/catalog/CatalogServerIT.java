package com.example.shop.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.mongo.MongoTest;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.google.type.Money;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The service as a standard gRPC client sees it: a real HTTP/2 server on a free port,
 * with reflection (what grpcurl lists, turned on as the local run does) and the health
 * service, both anonymous, every catalog call with a token, and its migrations applied at
 * start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.grpc.server.port=0", "app.catalog.sweeper.enabled=false",
				"spring.grpc.server.reflection.enabled=true" })
@MongoTest(database = "catalog_server")
@TrustsTestIssuer
class CatalogServerIT {

	@LocalGrpcServerPort
	int grpcPort;

	@Value("${local.server.port}")
	int httpPort;

	ManagedChannel channel;

	@BeforeEach
	void connect() {
		this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", this.grpcPort).usePlaintext().build();
	}

	@AfterEach
	void disconnect() {
		this.channel.shutdownNow();
	}

	@Test
	void reflectionListsTheCatalogHealthAndReflectionServices() throws Exception {
		BlockingQueue<ServerReflectionResponse> responses = new LinkedBlockingQueue<>();
		StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(this.channel)
			.serverReflectionInfo(new StreamObserver<>() {
				@Override
				public void onNext(ServerReflectionResponse response) {
					responses.add(response);
				}

				@Override
				public void onError(Throwable error) {
				}

				@Override
				public void onCompleted() {
				}
			});
		requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());

		ServerReflectionResponse response = responses.poll(10, TimeUnit.SECONDS);
		requests.onCompleted();

		assertThat(response).isNotNull();
		List<String> services = new ArrayList<>();
		response.getListServicesResponse().getServiceList().forEach((service) -> services.add(service.getName()));
		assertThat(services).contains("example.shop.catalog.v1.CatalogService", "grpc.health.v1.Health",
				"grpc.reflection.v1.ServerReflection");
	}

	@Test
	void theHealthServiceReportsServing() {
		HealthCheckResponse health = HealthGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(10, TimeUnit.SECONDS)
			.check(HealthCheckRequest.newBuilder().setService("").build());

		assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
	}

	@Test
	void aStandardClientCallsTheCatalogOverTheNetworkWithABearerToken() {
		var catalog = CatalogServiceGrpc.newBlockingStub(this.channel).withDeadlineAfter(10, TimeUnit.SECONDS);

		var categories = catalog.withInterceptors(new BearerTokenAuthenticationInterceptor(Caller.SALES.token()))
			.listCategories(ListCategoriesRequest.getDefaultInstance());

		assertThat(categories.getCategoriesList()).isEmpty();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> catalog.listCategories(ListCategoriesRequest.getDefaultInstance()))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
		// A right the role lacks, over the network as over the in-process transport.
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> catalog.withInterceptors(new BearerTokenAuthenticationInterceptor(Caller.SALES.token()))
				.createProduct(CreateProductRequest.newBuilder()
					.setSku("NET-0001")
					.setName("Refused")
					.setCategory("test")
					.setPrice(Money.newBuilder().setCurrencyCode("KRW").setUnits(1000))
					.build()))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void theActuatorAnswersOnItsOwnHttpPort() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> readiness = http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("UP");
		}
	}

	@Test
	void theMigrationsWereAppliedAtStartUpAndRecorded() {
		var database = MongoStandInServer.get().database("catalog_server");

		long recorded = database.getCollection("mongockChangeLog")
			.countDocuments(
					new Document("changeId", "v001-catalog-collections-and-indexes").append("state", "EXECUTED"));
		List<String> indexes = database.getCollection("products")
			.listIndexes()
			.map((index) -> index.getString("name"))
			.into(new ArrayList<>());

		assertThat(recorded).isOne();
		assertThat(indexes).contains("sku_unique");
	}

}
