package com.example.shop.bff.backend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.example.shop.bff.backend.CatalogViews.Amount;
import com.example.shop.bff.backend.CatalogViews.CategoryView;
import com.example.shop.bff.backend.CatalogViews.ProductChangeView;
import com.example.shop.bff.backend.CatalogViews.ProductPage;
import com.example.shop.bff.backend.CatalogViews.ProductView;
import com.example.shop.bff.backend.CatalogViews.StockReservation;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.ConfirmReservationRequest;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.catalog.v1.ProductSortField;
import com.example.shop.catalog.v1.ReleaseReservationRequest;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.UpdateProductRequest;
import com.example.shop.catalog.v1.WatchProductChangesRequest;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The catalog backend over gRPC. Every unary call carries a deadline equal to the time
 * left in the request's budget, so the catalog stops working on an answer nobody waits
 * for. The change stream is the exception: one shared, long-lived subscription that
 * reconnects with backoff and resumes where it left off.
 */
public class CatalogBackend {

	public static final String NAME = "catalog";

	private static final Logger log = LoggerFactory.getLogger(CatalogBackend.class);

	private final io.grpc.ManagedChannel channel;

	private final CatalogServiceGrpc.CatalogServiceStub stub;

	private final BackendCalls calls;

	private final Flux<ProductChangeView> changes;

	CatalogBackend(io.grpc.ManagedChannel channel, BackendCalls calls, Clock clock, Duration maxReconnectBackoff) {
		this.channel = channel;
		// Wait for a connection within the call's deadline rather than failing at once
		// while reconnecting.
		this.stub = CatalogServiceGrpc.newStub(channel).withWaitForReady();
		this.calls = calls;
		this.changes = sharedChanges(clock, maxReconnectBackoff);
	}

	public Mono<ProductView> product(String sku) {
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::getProduct,
					GetProductRequest.newBuilder().setSku(sku).build()))
			.map(ProductView::of);
	}

	/**
	 * Many products in one call; SKUs the catalog does not know are left out of the map.
	 */
	public Mono<Map<String, ProductView>> products(List<String> skus) {
		if (skus.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::batchGetProducts,
					BatchGetProductsRequest.newBuilder().addAllSkus(skus).build()))
			.map((response) -> response.getProductsList()
				.stream()
				.collect(java.util.stream.Collectors.toMap(com.example.shop.catalog.v1.Product::getSku, ProductView::of,
						(a, b) -> a, java.util.LinkedHashMap::new)));
	}

	public Mono<ProductPage> search(ProductQuery query) {
		SearchProductsRequest.Builder request = SearchProductsRequest.newBuilder()
			.setQuery((query.text() != null) ? query.text() : "")
			.setCategory((query.category() != null) ? query.category() : "")
			.setActiveOnly(query.activeOnly())
			.setPage(query.page())
			.setPageSize(query.size())
			.setSortBy(query.sortBy())
			.setDescending(query.descending());
		if (query.maxStockOnHand() != null) {
			request.setMaxStockOnHand(query.maxStockOnHand());
		}
		return this.calls.read((timeout) -> GrpcReactor.unary(deadline(timeout)::searchProducts, request.build()))
			.map((response) -> new ProductPage(response.getProductsList().stream().map(ProductView::of).toList(),
					response.getPage(), response.getPageSize(), response.getTotalSize()));
	}

	public Mono<List<CategoryView>> categories() {
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::listCategories,
					ListCategoriesRequest.getDefaultInstance()))
			.map((response) -> response.getCategoriesList()
				.stream()
				.map((c) -> new CategoryView(c.getCode(), c.getName(), c.getProductCount()))
				.toList());
	}

	/**
	 * Creates a product; a repeat of a lost answer is ALREADY_EXISTS, so it is never
	 * retried blindly.
	 */
	public Mono<ProductView> create(ProductDraft draft) {
		CreateProductRequest request = CreateProductRequest.newBuilder()
			.setSku(draft.sku())
			.setName(draft.name())
			.setDescription(draft.description())
			.setCategory(draft.category())
			.setPrice(draft.price().toProto())
			.putAllAttributes(draft.attributes())
			.setStockOnHand(draft.stockOnHand())
			.setActive(draft.active())
			.build();
		return this.calls.write((timeout) -> GrpcReactor.unary(deadline(timeout)::createProduct, request))
			.map(ProductView::of);
	}

	/** Updates every editable field of a product, based on the version the user saw. */
	public Mono<ProductView> update(ProductDraft draft, long version) {
		UpdateProductRequest request = UpdateProductRequest.newBuilder()
			.setSku(draft.sku())
			.setVersion(version)
			.setUpdateMask(
					FieldMask.newBuilder()
						.addAllPaths(List.of("name", "description", "category", "price", "attributes", "stock_on_hand",
								"active")))
			.setName(draft.name())
			.setDescription(draft.description())
			.setCategory(draft.category())
			.setPrice(draft.price().toProto())
			.putAllAttributes(draft.attributes())
			.setStockOnHand(draft.stockOnHand())
			.setActive(draft.active())
			.build();
		return this.calls.write((timeout) -> GrpcReactor.unary(deadline(timeout)::updateProduct, request))
			.map(ProductView::of);
	}

	/** Reserves stock; idempotent by the reservation id, so it is retried safely. */
	public Mono<StockReservation> reserve(String reservationId, Map<String, Integer> quantities) {
		ReserveStockRequest.Builder request = ReserveStockRequest.newBuilder().setReservationId(reservationId);
		quantities.forEach((sku, quantity) -> request
			.addLines(ReservationLine.newBuilder().setSku(sku).setQuantity(quantity).build()));
		return this.calls
			.idempotentWrite((timeout) -> GrpcReactor.unary(deadline(timeout)::reserveStock, request.build()))
			.map(StockReservation::of);
	}

	public Mono<StockReservation> confirm(String reservationId) {
		return this.calls
			.idempotentWrite((timeout) -> GrpcReactor.unary(deadline(timeout)::confirmReservation,
					ConfirmReservationRequest.newBuilder().setReservationId(reservationId).build()))
			.map(StockReservation::of);
	}

	public Mono<StockReservation> release(String reservationId) {
		return this.calls
			.idempotentWrite((timeout) -> GrpcReactor.unary(deadline(timeout)::releaseReservation,
					ReleaseReservationRequest.newBuilder().setReservationId(reservationId).build()))
			.map(StockReservation::of);
	}

	/**
	 * Reconnects now instead of after grpc-java's reconnect backoff, which can outlast a
	 * catalog restart by seconds. Called when the circuit lets trial calls through again.
	 */
	public void reconnectNow() {
		this.channel.resetConnectBackoff();
	}

	/**
	 * Price and stock changes, shared by every subscriber; never completes, reconnects
	 * after failures.
	 */
	public Flux<ProductChangeView> changes() {
		return this.changes;
	}

	private Flux<ProductChangeView> sharedChanges(Clock clock, Duration maxBackoff) {
		AtomicReference<Instant> resumeFrom = new AtomicReference<>(clock.instant());
		return Flux.defer(() -> {
			Instant since = resumeFrom.get();
			WatchProductChangesRequest request = WatchProductChangesRequest.newBuilder()
				.setSince(Timestamp.newBuilder().setSeconds(since.getEpochSecond()).setNanos(since.getNano()))
				.build();
			return GrpcReactor.serverStream(this.stub::watchProductChanges, request).map(ProductChangeView::of);
		})
			.doOnNext((change) -> resumeFrom.accumulateAndGet(change.updatedAt(), (a, b) -> a.isAfter(b) ? a : b))
			.doOnError((ex) -> log.info("Catalog change stream interrupted ({}); reconnecting", ex.toString()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(maxBackoff).jitter(0.5))
			// A stream the catalog ends on purpose (a restart) is reopened too, after a
			// pause.
			.repeatWhen((completions) -> completions.delayElements(Duration.ofMillis(500)))
			.share();
	}

	private CatalogServiceGrpc.CatalogServiceStub deadline(Duration timeout) {
		return this.stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * How to search the catalog.
	 *
	 * @param text a name or SKU prefix, or {@code null}
	 * @param category a category code, or {@code null}
	 * @param activeOnly only products that can be sold
	 * @param maxStockOnHand only products with at most this stock (low stock), or
	 * {@code null}
	 * @param page 0-based page
	 * @param size page size
	 * @param sortBy what to sort by
	 * @param descending high to low
	 */
	public record ProductQuery(String text, String category, boolean activeOnly, Integer maxStockOnHand, int page,
			int size, ProductSortField sortBy, boolean descending) {
	}

	/**
	 * The editable fields of a product.
	 *
	 * @param sku the SKU
	 * @param name the name
	 * @param description the description
	 * @param category the category code
	 * @param price the unit price
	 * @param attributes free-form attributes
	 * @param stockOnHand units in stock
	 * @param active whether it can be sold
	 */
	public record ProductDraft(String sku, String name, String description, String category, Amount price,
			Map<String, String> attributes, int stockOnHand, boolean active) {
	}

}
