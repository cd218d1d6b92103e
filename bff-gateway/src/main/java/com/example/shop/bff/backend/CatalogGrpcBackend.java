package com.example.shop.bff.backend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Money;
import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.catalog.Category;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductChange;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.StockReservation;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CommitReservationRequest;
import com.example.shop.catalog.v1.ConfirmReservationRequest;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductHistoryRequest;
import com.example.shop.catalog.v1.HistoryChange;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.catalog.v1.ListReservationsRequest;
import com.example.shop.catalog.v1.ProductSortField;
import com.example.shop.catalog.v1.ReleaseReservationRequest;
import com.example.shop.catalog.v1.Reservation;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.UpdateProductRequest;
import com.example.shop.catalog.v1.WatchProductChangesRequest;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The catalog service over gRPC. Every unary call carries a deadline equal to the time
 * left in the request's budget, so the catalog stops working on an answer nobody waits
 * for. The change stream is the exception: one shared, long-lived subscription that
 * reconnects with backoff and resumes where it left off. Protobuf messages are mapped
 * into the BFF's records here and go no further.
 */
final class CatalogGrpcBackend implements CatalogBackend {

	private static final Logger log = LoggerFactory.getLogger(CatalogGrpcBackend.class);

	/** What an update changes: every field of a draft (as a create sets them). */
	private static final List<String> DRAFT_FIELDS = List.of("name", "description", "category", "price", "attributes",
			"stock_on_hand", "active");

	private final ManagedChannel channel;

	private final CatalogServiceGrpc.CatalogServiceStub stub;

	private final BackendCalls calls;

	private final Flux<ProductChange> changes;

	CatalogGrpcBackend(ManagedChannel channel, BackendCalls calls, Clock clock, Duration maxReconnectBackoff) {
		this.channel = channel;
		// Wait for a connection within the call's deadline rather than failing at once
		// while reconnecting.
		this.stub = CatalogServiceGrpc.newStub(channel).withWaitForReady();
		this.calls = calls;
		this.changes = sharedChanges(clock, maxReconnectBackoff);
	}

	@Override
	public Mono<Product> product(String sku) {
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::getProduct,
					GetProductRequest.newBuilder().setSku(sku).build()))
			.map(CatalogGrpcBackend::product);
	}

	@Override
	public Mono<AuditTrail> history(String sku, int size) {
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::getProductHistory,
					GetProductHistoryRequest.newBuilder().setSku(sku).setPageSize(size).build()))
			.map((history) -> new AuditTrail(history.getEntriesList()
				.stream()
				.map((e) -> new AuditTrail.Entry(instant(e.getAt()), e.getActor(), e.getAction(), e.getDetail(),
						e.getHasChanges() ? e.getChangesList().stream().map(CatalogGrpcBackend::change).toList()
								: null))
				.toList()));
	}

	/** A product's change, its status ({@code active}) read as a product's. */
	private static AuditTrail.Change change(HistoryChange c) {
		return AuditTrail.Change.of(c.getField(), c.getKind(), c.hasBefore() ? c.getBefore() : null,
				c.hasAfter() ? c.getAfter() : null, c.getCurrency().isEmpty() ? null : c.getCurrency(),
				c.getUnit().isEmpty() ? null : c.getUnit(), AuditTrail.Kind.PRODUCT_STATUS);
	}

	@Override
	public Mono<Map<String, Product>> products(List<String> skus) {
		if (skus.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::batchGetProducts,
					BatchGetProductsRequest.newBuilder().addAllSkus(skus).build()))
			.map((response) -> response.getProductsList()
				.stream()
				.map(CatalogGrpcBackend::product)
				.collect(Collectors.toMap(Product::sku, (p) -> p, (a, b) -> a, LinkedHashMap::new)));
	}

	@Override
	public Mono<ProductPage> search(ProductQuery query) {
		SearchProductsRequest.Builder request = SearchProductsRequest.newBuilder()
			.setQuery((query.text() != null) ? query.text() : "")
			.setCategory((query.category() != null) ? query.category() : "")
			.setActiveOnly(query.activeOnly())
			.setPage(query.page())
			.setPageSize(query.size())
			.setSortBy(Enums.same(query.sortBy(), ProductSortField.class))
			.setDescending(query.descending());
		if (query.maxStockOnHand() != null) {
			request.setMaxStockOnHand(query.maxStockOnHand());
		}
		return this.calls.read((timeout) -> GrpcReactor.unary(deadline(timeout)::searchProducts, request.build()))
			.map((response) -> new ProductPage(
					response.getProductsList().stream().map(CatalogGrpcBackend::product).toList(), response.getPage(),
					response.getPageSize(), response.getTotalSize()));
	}

	@Override
	public Mono<List<Category>> categories() {
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::listCategories,
					ListCategoriesRequest.getDefaultInstance()))
			.map((response) -> response.getCategoriesList()
				.stream()
				.map((c) -> new Category(c.getCode(), c.getName(), c.getProductCount()))
				.toList());
	}

	@Override
	public Mono<Product> create(ProductDraft draft) {
		CreateProductRequest request = withDraft(CreateProductRequest.newBuilder().setSku(draft.sku()), draft)
			.putAllAttributes(draft.attributes())
			.build();
		return this.calls.write((timeout) -> GrpcReactor.unary(deadline(timeout)::createProduct, request))
			.map(CatalogGrpcBackend::product);
	}

	@Override
	public Mono<Product> update(ProductDraft draft, long version) {
		UpdateProductRequest request = withDraft(UpdateProductRequest.newBuilder().setSku(draft.sku()), draft)
			.setVersion(version)
			.setUpdateMask(FieldMask.newBuilder().addAllPaths(DRAFT_FIELDS))
			.putAllAttributes(draft.attributes())
			.build();
		return this.calls.write((timeout) -> GrpcReactor.unary(deadline(timeout)::updateProduct, request))
			.map(CatalogGrpcBackend::product);
	}

	/**
	 * Sets a draft's fields (all but its attributes, a map) on a create or an update
	 * request: both name them alike, with other field numbers.
	 */
	private static <B extends Message.Builder> B withDraft(B request, ProductDraft draft) {
		Map<String, Object> values = Map.of("name", draft.name(), "description", draft.description(), "category",
				draft.category(), "price", proto(draft.price()), "stock_on_hand", draft.stockOnHand(), "active",
				draft.active());
		Descriptor type = request.getDescriptorForType();
		values.forEach((field, value) -> request.setField(type.findFieldByName(field), value));
		return request;
	}

	@Override
	public Mono<StockReservation> reserve(String reservationId, Map<String, Integer> quantities, String fingerprint) {
		ReserveStockRequest.Builder request = ReserveStockRequest.newBuilder()
			.setReservationId(reservationId)
			.setPlacementFingerprint((fingerprint != null) ? fingerprint : "");
		quantities.forEach((sku, quantity) -> request
			.addLines(ReservationLine.newBuilder().setSku(sku).setQuantity(quantity).build()));
		return reservationStep(CatalogServiceGrpc.CatalogServiceStub::reserveStock, request.build());
	}

	@Override
	public Mono<StockReservation> confirm(String reservationId) {
		return reservationStep(CatalogServiceGrpc.CatalogServiceStub::confirmReservation,
				ConfirmReservationRequest.newBuilder().setReservationId(reservationId).build());
	}

	@Override
	public Mono<StockReservation> commit(String reservationId) {
		return reservationStep(CatalogServiceGrpc.CatalogServiceStub::commitReservation,
				CommitReservationRequest.newBuilder().setReservationId(reservationId).build());
	}

	@Override
	public Mono<StockReservation> release(String reservationId, boolean onlyUncommitted) {
		return reservationStep(CatalogServiceGrpc.CatalogServiceStub::releaseReservation,
				ReleaseReservationRequest.newBuilder()
					.setReservationId(reservationId)
					.setOnlyUncommitted(onlyUncommitted)
					.build());
	}

	/**
	 * A step of a reservation's life (reserve, confirm, commit, release): safe to repeat,
	 * since the catalog answers a repeated step as it did the first; the reservation as
	 * it is after the step.
	 */
	private <Q> Mono<StockReservation> reservationStep(Unary<Q, Reservation> step, Q request) {
		return this.calls
			.idempotentWrite((timeout) -> GrpcReactor
				.<Q, Reservation>unary((message, answer) -> step.call(deadline(timeout), message, answer), request))
			.map(CatalogGrpcBackend::reservation);
	}

	/**
	 * A unary method of the catalog's stub, such as
	 * {@code CatalogServiceStub::confirmReservation}.
	 */
	@FunctionalInterface
	private interface Unary<Q, R> {

		void call(CatalogServiceGrpc.CatalogServiceStub stub, Q request, StreamObserver<R> answer);

	}

	@Override
	public Mono<List<StockReservation>> reservations(String status, Instant changedBefore, int limit) {
		ListReservationsRequest request = ListReservationsRequest.newBuilder()
			.setStatus(com.example.shop.catalog.v1.ReservationStatus.valueOf(status))
			.setUpdatedBefore(timestamp(changedBefore))
			.setPageSize(limit)
			.build();
		return this.calls.read((timeout) -> GrpcReactor.unary(deadline(timeout)::listReservations, request))
			.map((response) -> response.getReservationsList().stream().map(CatalogGrpcBackend::reservation).toList());
	}

	@Override
	public void reconnectNow() {
		this.channel.resetConnectBackoff();
	}

	@Override
	public Flux<ProductChange> changes() {
		return this.changes;
	}

	private Flux<ProductChange> sharedChanges(Clock clock, Duration maxBackoff) {
		AtomicReference<Instant> resumeFrom = new AtomicReference<>(clock.instant());
		return Flux.defer(() -> {
			Instant since = resumeFrom.get();
			WatchProductChangesRequest request = WatchProductChangesRequest.newBuilder()
				.setSince(timestamp(since))
				.build();
			return this.calls.stream(GrpcReactor.serverStream(this.stub::watchProductChanges, request))
				.map((c) -> new ProductChange(c.getSku(), c.getName(), money(c.getPrice()), c.getStockOnHand(),
						c.getReserved(), c.getActive(), c.getVersion(), instant(c.getUpdatedAt())));
		})
			.doOnNext((change) -> resumeFrom.accumulateAndGet(change.updatedAt(), (a, b) -> a.isAfter(b) ? a : b))
			.doOnError((ex) -> log.info("Catalog change stream interrupted ({}); reconnecting", ex.toString()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(maxBackoff).jitter(0.5))
			// A stream the catalog ends on purpose (a restart) is reopened too, after a
			// pause.
			.repeatWhen((completions) -> completions.delayElements(Duration.ofMillis(500)))
			// One subscription for every open screen: the UI's own, not any one person's.
			.transform(ServiceIdentity::runAsService)
			.share();
	}

	private CatalogServiceGrpc.CatalogServiceStub deadline(Duration timeout) {
		return this.stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static Product product(com.example.shop.catalog.v1.Product p) {
		return new Product(p.getSku(), p.getName(), p.getDescription(), p.getCategory(), money(p.getPrice()),
				Map.copyOf(p.getAttributesMap()), p.getStockOnHand(), p.getReserved(), p.getActive(), p.getVersion(),
				instant(p.getUpdatedAt()));
	}

	private static StockReservation reservation(Reservation r) {
		return new StockReservation(r.getReservationId(), r.getStatus().name(), r.getLinesList()
			.stream()
			.map((l) -> new StockReservation.Line(l.getSku(), l.getName(), money(l.getUnitPrice()), l.getQuantity()))
			.toList(), instant(r.getExpiresAt()), instant(r.getUpdatedAt()));
	}

	/** {@code google.type.Money} as two fraction digits, as every REST backend sends. */
	private static Money money(com.google.type.Money money) {
		BigDecimal value = BigDecimal.valueOf(money.getUnits()).add(BigDecimal.valueOf(money.getNanos(), 9));
		return Money.of(value.setScale(2, RoundingMode.HALF_EVEN), money.getCurrencyCode());
	}

	private static com.google.type.Money proto(Money money) {
		BigDecimal value = money.value();
		long units = value.longValue();
		int nanos = value.subtract(BigDecimal.valueOf(units)).movePointRight(9).intValue();
		return com.google.type.Money.newBuilder()
			.setCurrencyCode(money.currency())
			.setUnits(units)
			.setNanos(nanos)
			.build();
	}

	private static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

}
