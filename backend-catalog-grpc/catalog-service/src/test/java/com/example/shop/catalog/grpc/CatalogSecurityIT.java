package com.example.shop.catalog.grpc;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.ConfirmReservationRequest;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductHistoryRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.CommitReservationRequest;
import com.example.shop.catalog.v1.DownloadJobReportRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.catalog.v1.ListJobExecutionsRequest;
import com.example.shop.catalog.v1.ListReservationsRequest;
import com.example.shop.catalog.v1.ReleaseReservationRequest;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.UpdateProductRequest;
import com.example.shop.catalog.v1.WatchProductChangesRequest;
import com.example.shop.problems.ProblemType;
import com.example.shop.testsupport.security.Caller;
import com.google.rpc.ErrorInfo;
import com.google.type.Money;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.StatusProto;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.stub.StreamObserver;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalog as a resource server: without a valid token {@code UNAUTHENTICATED},
 * without the right {@code PERMISSION_DENIED}, each with an {@code ErrorInfo}, and
 * neither changes anything (the examples: anyone could create a product or put
 * any order's stock back on the shelf); the role matrix of docs/security.md for every
 * caller and RPC; health anonymous, reflection off unless the local run turns it on.
 */
class CatalogSecurityIT extends CatalogGrpcTest {

	private static final String SKU = "SEC-0001";

	@Autowired
	GrpcChannelFactory channels;

	private ManagedChannel anonymous;

	private String reservationId;

	@BeforeEach
	void aProductWithAReservation() {
		this.catalog.createProduct(product(SKU));
		this.reservationId = UUID.randomUUID().toString();
		this.catalog.reserveStock(ReserveStockRequest.newBuilder()
			.setReservationId(this.reservationId)
			.addLines(ReservationLine.newBuilder().setSku(SKU).setQuantity(2))
			.build());
		this.anonymous = this.channels.createChannel("catalog");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.example.shop.testsupport.security.InvalidTokens#arguments")
	void aCallWithoutAValidTokenIsUnauthenticatedAndChangesNothing(String description, String token) {
		CatalogServiceGrpc.CatalogServiceBlockingStub stub = stub(token);
		Map<String, Object> before = snapshot();

		List<Runnable> calls = List.of(() -> stub.createProduct(product("SEC-0002")),
				() -> stub.releaseReservation(
						ReleaseReservationRequest.newBuilder().setReservationId(this.reservationId).build()),
				() -> stub.getProduct(GetProductRequest.newBuilder().setSku(SKU).build()));

		for (Runnable call : calls) {
			assertRefused(call, Status.Code.UNAUTHENTICATED, ProblemType.UNAUTHORIZED);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aTokenLackingTheRightIsPermissionDeniedAndChangesNothing() {
		Map<String, Object> before = snapshot();

		assertRefused(() -> stub(Caller.SALES.token()).createProduct(product("SEC-0003")),
				Status.Code.PERMISSION_DENIED, ProblemType.FORBIDDEN);
		assertRefused(
				() -> stub(Caller.ADMIN_AT_A_TERMINAL.token()).releaseReservation(
						ReleaseReservationRequest.newBuilder().setReservationId(this.reservationId).build()),
				Status.Code.PERMISSION_DENIED, ProblemType.FORBIDDEN);
		assertRefused(
				() -> stub(Caller.BILLING.token())
					.updateProduct(UpdateProductRequest.newBuilder().setSku(SKU).setVersion(0).setName("Free").build()),
				Status.Code.PERMISSION_DENIED, ProblemType.FORBIDDEN);

		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} by {1}")
	@MethodSource("matrix")
	void theRoleMatrixHolds(String rpc, Caller caller, boolean allowed) {
		Function<CatalogServiceGrpc.CatalogServiceBlockingStub, Object> call = calls().get(rpc);
		CatalogServiceGrpc.CatalogServiceBlockingStub stub = stub(caller.token()).withDeadlineAfter(5,
				TimeUnit.SECONDS);

		Status.Code code;
		try {
			call.apply(stub);
			code = Status.Code.OK;
		}
		catch (StatusRuntimeException ex) {
			code = ex.getStatus().getCode();
		}

		if (allowed) {
			assertThat(code).isNotIn(Status.Code.UNAUTHENTICATED, Status.Code.PERMISSION_DENIED);
		}
		else {
			assertThat(code).isEqualTo(Status.Code.PERMISSION_DENIED);
		}
	}

	@Test
	void theMatrixNamesEveryRpcTheCatalogServes() {
		Set<String> served = new TreeSet<>();
		CatalogServiceGrpc.getServiceDescriptor()
			.getMethods()
			.forEach((method) -> served.add(method.getBareMethodName()));

		assertThat(served).containsExactlyInAnyOrderElementsOf(rows().keySet());
	}

	@Test
	void healthIsAnonymousAndReflectionIsOff() {
		var health = HealthGrpc.newBlockingStub(this.anonymous).check(HealthCheckRequest.getDefaultInstance());
		var reflection = new java.util.concurrent.CompletableFuture<Throwable>();
		StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(this.anonymous)
			.serverReflectionInfo(new StreamObserver<>() {
				@Override
				public void onNext(io.grpc.reflection.v1.ServerReflectionResponse value) {
					reflection.complete(null);
				}

				@Override
				public void onError(Throwable error) {
					reflection.complete(error);
				}

				@Override
				public void onCompleted() {
				}
			});
		requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());

		assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
		assertThat(reflection).succeedsWithin(java.time.Duration.ofSeconds(10))
			.satisfies(
					(error) -> assertThat(Status.fromThrowable(error).getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
	}

	static Stream<Arguments> matrix() {
		return rows().entrySet()
			.stream()
			.flatMap((row) -> EnumSet.allOf(Caller.class)
				.stream()
				.map((caller) -> Arguments.of(row.getKey(), caller, row.getValue().contains(caller))));
	}

	/** docs/security.md, the rows the catalog serves: RPC to who may call it. */
	static Map<String, Set<Caller>> rows() {
		Set<Caller> everyone = EnumSet.allOf(Caller.class);
		Map<String, Set<Caller>> rows = new LinkedHashMap<>();
		List.of("GetProduct", "BatchGetProducts", "SearchProducts", "ListCategories", "WatchProductChanges",
				"GetProductHistory")
			.forEach((read) -> rows.put(read, everyone));
		rows.put("CreateProduct", Caller.withRoles("ADMIN"));
		rows.put("UpdateProduct", Caller.withRoles("ADMIN"));
		rows.put("ListJobExecutions", Caller.withRoles("ADMIN"));
		rows.put("DownloadJobReport", Caller.withRoles("ADMIN"));
		List.of("ReserveStock", "ConfirmReservation", "ReleaseReservation", "CommitReservation", "ListReservations")
			.forEach((step) -> rows.put(step, Caller.throughTheBff()));
		return rows;
	}

	/**
	 * One call per RPC, each one the matrix may allow (its outcome beyond that aside).
	 */
	private Map<String, Function<CatalogServiceGrpc.CatalogServiceBlockingStub, Object>> calls() {
		Map<String, Function<CatalogServiceGrpc.CatalogServiceBlockingStub, Object>> calls = new LinkedHashMap<>();
		calls.put("GetProduct", (s) -> s.getProduct(GetProductRequest.newBuilder().setSku(SKU).build()));
		calls.put("BatchGetProducts",
				(s) -> s.batchGetProducts(BatchGetProductsRequest.newBuilder().addSkus(SKU).build()));
		calls.put("SearchProducts", (s) -> s.searchProducts(SearchProductsRequest.newBuilder().setPageSize(5).build()));
		calls.put("ListCategories", (s) -> s.listCategories(ListCategoriesRequest.getDefaultInstance()));
		calls.put("WatchProductChanges",
				(s) -> s.withDeadlineAfter(300, TimeUnit.MILLISECONDS)
					.watchProductChanges(WatchProductChangesRequest.getDefaultInstance())
					.hasNext());
		calls.put("CreateProduct", (s) -> s.createProduct(product("M" + UUID.randomUUID().toString().substring(0, 8))));
		calls.put("UpdateProduct", (s) -> s
			.updateProduct(UpdateProductRequest.newBuilder().setSku(SKU).setVersion(99).setName("x").build()));
		calls.put("GetProductHistory",
				(s) -> s.getProductHistory(GetProductHistoryRequest.newBuilder().setSku(SKU).build()));
		calls.put("ReserveStock",
				(s) -> s.reserveStock(ReserveStockRequest.newBuilder()
					.setReservationId(UUID.randomUUID().toString())
					.addLines(ReservationLine.newBuilder().setSku(SKU).setQuantity(1))
					.build()));
		calls.put("CommitReservation", (s) -> s.commitReservation(
				CommitReservationRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).build()));
		calls.put("ListReservations", (s) -> s.listReservations(ListReservationsRequest.getDefaultInstance()));
		calls.put("ListJobExecutions", (s) -> s.listJobExecutions(ListJobExecutionsRequest.getDefaultInstance()));
		calls.put("DownloadJobReport",
				(s) -> s.downloadJobReport(DownloadJobReportRequest.newBuilder().setExecutionId(1).build()).hasNext());
		calls.put("ConfirmReservation", (s) -> s
			.confirmReservation(ConfirmReservationRequest.newBuilder().setReservationId(this.reservationId).build()));
		calls.put("ReleaseReservation", (s) -> s
			.releaseReservation(ReleaseReservationRequest.newBuilder().setReservationId(this.reservationId).build()));
		return calls;
	}

	private CatalogServiceGrpc.CatalogServiceBlockingStub stub(String token) {
		CatalogServiceGrpc.CatalogServiceBlockingStub stub = CatalogServiceGrpc.newBlockingStub(this.anonymous);
		return (token != null) ? stub.withInterceptors(new BearerTokenAuthenticationInterceptor(token)) : stub;
	}

	private static void assertRefused(Runnable call, Status.Code code, ProblemType type) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(call::run).satisfies((ex) -> {
			assertThat(ex.getStatus().getCode()).isEqualTo(code);
			com.google.rpc.Status rich = StatusProto.fromThrowable(ex);
			assertThat(rich).isNotNull();
			assertThat(rich.getDetailsList()).anySatisfy(
					(detail) -> assertThat(detail.unpack(ErrorInfo.class).getReason()).isEqualTo(type.reason()));
		});
	}

	private Map<String, Object> snapshot() {
		return Map.of("products", this.mongo.getCollection("products").countDocuments(), "reservations",
				this.mongo.getCollection("reservations").find().map(Document::toJson).into(new java.util.ArrayList<>()),
				"stock",
				this.mongo.getCollection("products")
					.find(new Document("sku", SKU))
					.map(Document::toJson)
					.into(new java.util.ArrayList<>()));
	}

	private static CreateProductRequest product(String sku) {
		return CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName("Secured " + sku)
			.setDescription("Made by a security test")
			.setCategory("stationery")
			.setPrice(Money.newBuilder().setCurrencyCode("KRW").setUnits(1000))
			.setStockOnHand(10)
			.setActive(true)
			.build();
	}

}
