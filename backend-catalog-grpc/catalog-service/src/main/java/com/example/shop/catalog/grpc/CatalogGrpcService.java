package com.example.shop.catalog.grpc;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import com.example.shop.catalog.product.ProductDraft;
import com.example.shop.catalog.product.ProductSearch;
import com.example.shop.catalog.product.ProductService;
import com.example.shop.catalog.reservation.ReservationService;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.BatchGetProductsResponse;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CommitReservationRequest;
import com.example.shop.catalog.v1.ListReservationsRequest;
import com.example.shop.catalog.v1.ListReservationsResponse;
import com.example.shop.catalog.v1.DownloadJobReportRequest;
import com.example.shop.catalog.v1.JobReportChunk;
import com.example.shop.catalog.v1.ListJobExecutionsRequest;
import com.example.shop.catalog.v1.ListJobExecutionsResponse;
import com.example.shop.catalog.v1.ConfirmReservationRequest;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductHistoryRequest;
import com.example.shop.catalog.v1.GetProductHistoryResponse;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.catalog.v1.ListCategoriesResponse;
import com.example.shop.catalog.v1.Product;
import com.example.shop.catalog.v1.ProductChange;
import com.example.shop.catalog.v1.ReleaseReservationRequest;
import com.example.shop.catalog.v1.Reservation;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.SearchProductsResponse;
import com.example.shop.catalog.v1.UpdateProductRequest;
import com.example.shop.catalog.v1.WatchProductChangesRequest;
import com.example.shop.catalog.watch.ProductChangeFeed;
import com.example.shop.support.BusinessSettings;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.grpc.server.service.GrpcService;

/**
 * The catalog's gRPC adapter: request message in, one call into the domain, response
 * message out. Exceptions travel to {@link CatalogErrors}. Unary calls refuse work whose
 * deadline has already passed and give the database only the time that is left.
 */
@GrpcService
class CatalogGrpcService implements CatalogServiceGrpc.AsyncService, BindableService {

	static final int MAX_WATCHED_SKUS = 1000;

	private final ProductService products;

	private final ReservationService reservations;

	private final ProductChangeFeed changes;

	private final Currency currency;

	private final CatalogErrors errors;

	private final JobReports jobs;

	CatalogGrpcService(ProductService products, ReservationService reservations, ProductChangeFeed changes,
			BusinessSettings settings, CatalogErrors errors, JobReports jobs) {
		this.products = products;
		this.reservations = reservations;
		this.changes = changes;
		this.currency = settings.currency();
		this.errors = errors;
		this.jobs = jobs;
	}

	/** Every request is parsed and held to its bounds before a method here runs. */
	@Override
	public ServerServiceDefinition bindService() {
		return RequestGuard.guard(CatalogServiceGrpc.bindService(this), this.errors);
	}

	@Override
	public void listJobExecutions(ListJobExecutionsRequest request,
			StreamObserver<ListJobExecutionsResponse> response) {
		Duration left = timeLeft();
		reply(response, this.jobs.recent(request.getPageSize()), left);
	}

	@Override
	public void downloadJobReport(DownloadJobReportRequest request, StreamObserver<JobReportChunk> response) {
		timeLeft();
		this.jobs.report(request.getExecutionId(), response::onNext);
		response.onCompleted();
	}

	@Override
	public void getProduct(GetProductRequest request, StreamObserver<Product> response) {
		Duration left = timeLeft();
		reply(response, ProtoMapping.product(this.products.get(request.getSku()), this.currency), left);
	}

	@Override
	public void batchGetProducts(BatchGetProductsRequest request, StreamObserver<BatchGetProductsResponse> response) {
		Duration left = timeLeft();
		ProductService.Batch batch = this.products.batchGet(request.getSkusList());
		reply(response, BatchGetProductsResponse.newBuilder()
			.addAllProducts(batch.products().stream().map((p) -> ProtoMapping.product(p, this.currency)).toList())
			.addAllMissingSkus(batch.missing())
			.build(), left);
	}

	@Override
	public void searchProducts(SearchProductsRequest request, StreamObserver<SearchProductsResponse> response) {
		Duration left = timeLeft();
		ProductSearch search = new ProductSearch(request.getQuery(), request.getCategory(), request.getActiveOnly(),
				request.hasMaxStockOnHand() ? request.getMaxStockOnHand() : null, request.getPage(),
				request.getPageSize(), sortField(request), request.getDescending());
		ProductService.Page page = this.products.search(search, left);
		reply(response,
				SearchProductsResponse.newBuilder()
					.addAllProducts(page.items().stream().map((p) -> ProtoMapping.product(p, this.currency)).toList())
					.setTotalSize(page.total())
					.setPage(page.page())
					.setPageSize(page.pageSize())
					.build(),
				left);
	}

	@Override
	public void listCategories(ListCategoriesRequest request, StreamObserver<ListCategoriesResponse> response) {
		Duration left = timeLeft();
		reply(response,
				ListCategoriesResponse.newBuilder()
					.addAllCategories(this.products.categories().stream().map(ProtoMapping::category).toList())
					.build(),
				left);
	}

	@Override
	public void createProduct(CreateProductRequest request, StreamObserver<Product> response) {
		Duration left = timeLeft();
		ProductDraft draft = new ProductDraft(request.getName(), request.getDescription(), request.getCategory(),
				ProtoMapping.price(request.hasPrice(), request.getPrice()), request.getAttributesMap(),
				request.getStockOnHand(), request.getActive());
		reply(response, ProtoMapping.product(this.products.create(request.getSku(), draft), this.currency), left);
	}

	@Override
	public void updateProduct(UpdateProductRequest request, StreamObserver<Product> response) {
		Duration left = timeLeft();
		ProductDraft draft = new ProductDraft(request.getName(), request.getDescription(), request.getCategory(),
				ProtoMapping.price(request.hasPrice(), request.getPrice()), request.getAttributesMap(),
				request.getStockOnHand(), request.getActive());
		var updated = this.products.update(request.getSku(), request.getVersion(), fields(request), draft,
				request.getStockChangeReason());
		reply(response, ProtoMapping.product(updated, this.currency), left);
	}

	@Override
	public void getProductHistory(GetProductHistoryRequest request,
			StreamObserver<GetProductHistoryResponse> response) {
		Duration left = timeLeft();
		var entries = this.products.history(request.getSku(), request.getPageSize(), left);
		reply(response,
				GetProductHistoryResponse.newBuilder()
					.addAllEntries(entries.stream().map(ProtoMapping::historyEntry).toList())
					.build(),
				left);
	}

	@Override
	public void reserveStock(ReserveStockRequest request, StreamObserver<Reservation> response) {
		unary(response, (left) -> {
			Context call = Context.current();
			List<ReservationService.Request> lines = request.getLinesList()
				.stream()
				.map((line) -> new ReservationService.Request(line.getSku(), line.getQuantity()))
				.toList();
			return reservation(this.reservations.reserve(request.getReservationId(), lines,
					request.getPlacementFingerprint(), call::isCancelled));
		});
	}

	@Override
	public void confirmReservation(ConfirmReservationRequest request, StreamObserver<Reservation> response) {
		unary(response, (left) -> reservation(this.reservations.confirm(request.getReservationId())));
	}

	@Override
	public void releaseReservation(ReleaseReservationRequest request, StreamObserver<Reservation> response) {
		unary(response, (left) -> reservation(
				this.reservations.release(request.getReservationId(), request.getOnlyUncommitted())));
	}

	@Override
	public void commitReservation(CommitReservationRequest request, StreamObserver<Reservation> response) {
		unary(response, (left) -> reservation(this.reservations.commit(request.getReservationId())));
	}

	@Override
	public void listReservations(ListReservationsRequest request, StreamObserver<ListReservationsResponse> response) {
		unary(response, (left) -> {
			com.example.shop.catalog.reservation.Reservation.Status status = switch (request.getStatus()) {
				case HELD -> com.example.shop.catalog.reservation.Reservation.Status.HELD;
				case COMMITTING -> com.example.shop.catalog.reservation.Reservation.Status.COMMITTING;
				case CONFIRMED -> com.example.shop.catalog.reservation.Reservation.Status.CONFIRMED;
				case RELEASED -> com.example.shop.catalog.reservation.Reservation.Status.RELEASED;
				case RESERVATION_STATUS_UNSPECIFIED, UNRECOGNIZED -> null;
			};
			Instant before = request.hasUpdatedBefore() ? ProtoMapping.instant(request.getUpdatedBefore()) : null;
			int pageSize = (request.getPageSize() == 0) ? 100 : request.getPageSize();
			var found = this.reservations.inStatus(status, before, pageSize);
			return ListReservationsResponse.newBuilder()
				.addAllReservations(found.stream().map(this::reservation).toList())
				.build();
		});
	}

	private Reservation reservation(com.example.shop.catalog.reservation.Reservation reservation) {
		return ProtoMapping.reservation(reservation, this.currency);
	}

	@Override
	public void watchProductChanges(WatchProductChangesRequest request, StreamObserver<ProductChange> response) {
		if (request.getSkusCount() > MAX_WATCHED_SKUS) {
			throw new DomainRefusal.Invalid("skus", "must list at most %d SKUs".formatted(MAX_WATCHED_SKUS));
		}
		Instant since = request.hasSince() ? ProtoMapping.instant(request.getSince()) : null;
		ServerCallStreamObserver<ProductChange> call = (ServerCallStreamObserver<ProductChange>) response;
		ProductChangeFeed.Subscription[] subscription = new ProductChangeFeed.Subscription[1];
		call.setOnCancelHandler(() -> {
			if (subscription[0] != null) {
				subscription[0].cancel();
			}
		});
		subscription[0] = this.changes.subscribe(request.getSkusList(), since, (product) -> {
			if (!call.isReady()) {
				return false;
			}
			call.onNext(ProtoMapping.change(product, this.currency));
			return true;
		}, (reason) -> {
			try {
				call.onError(Status.UNAVAILABLE.withDescription("The change stream ended: " + reason.getMessage())
					.withCause(reason)
					.asException());
			}
			catch (RuntimeException ex) {
				// The caller is gone already.
			}
		});
		if (call.isCancelled()) {
			subscription[0].cancel();
		}
	}

	private Set<ProductDraft.Field> fields(UpdateProductRequest request) {
		if (!request.hasUpdateMask() || request.getUpdateMask().getPathsCount() == 0) {
			return ProductDraft.Field.all();
		}
		Set<ProductDraft.Field> fields = EnumSet.noneOf(ProductDraft.Field.class);
		for (String path : request.getUpdateMask().getPathsList()) {
			ProductDraft.Field field = java.util.Arrays.stream(ProductDraft.Field.values())
				.filter((candidate) -> candidate.path().equals(path))
				.findFirst()
				.orElseThrow(() -> new DomainRefusal.Invalid("update_mask",
						"'%s' cannot be updated; use name, description, category, price, attributes, stock_on_hand or active"
							.formatted(path)));
			fields.add(field);
		}
		return fields;
	}

	private static ProductSearch.SortField sortField(SearchProductsRequest request) {
		return switch (request.getSortBy()) {
			case PRODUCT_SORT_FIELD_UNSPECIFIED, RELEVANCE -> ProductSearch.SortField.RELEVANCE;
			case SKU -> ProductSearch.SortField.SKU;
			case NAME -> ProductSearch.SortField.NAME;
			case PRICE -> ProductSearch.SortField.PRICE;
			case STOCK_ON_HAND -> ProductSearch.SortField.STOCK_ON_HAND;
			case UPDATED_AT -> ProductSearch.SortField.UPDATED_AT;
			case UNRECOGNIZED -> throw new DomainRefusal.Invalid("sort_by", "is not a known sort field");
		};
	}

	/**
	 * The time left before the caller's deadline, or null without one.
	 * @throws io.grpc.StatusRuntimeException DEADLINE_EXCEEDED if none is left
	 */
	private static Duration timeLeft() {
		Deadline deadline = Context.current().getDeadline();
		if (deadline == null) {
			return null;
		}
		long nanos = deadline.timeRemaining(TimeUnit.NANOSECONDS);
		if (nanos <= 0) {
			throw Status.DEADLINE_EXCEEDED.withDescription("The deadline passed before the catalog started")
				.asRuntimeException();
		}
		return Duration.ofNanos(nanos);
	}

	/**
	 * A unary call: refused if the caller's deadline already passed, made with the time
	 * left (null without a deadline), answered unless the deadline passed meanwhile.
	 */
	private static <T> void unary(StreamObserver<T> response, Function<Duration, T> call) {
		Duration left = timeLeft();
		reply(response, call.apply(left), left);
	}

	/** Answers unless the deadline passed meanwhile: the caller has stopped listening. */
	private static <T> void reply(StreamObserver<T> response, T message, Duration left) {
		if (left != null && Context.current().getDeadline().isExpired()) {
			throw Status.DEADLINE_EXCEEDED.withDescription("The deadline passed while the catalog worked")
				.asRuntimeException();
		}
		response.onNext(message);
		response.onCompleted();
	}

}
