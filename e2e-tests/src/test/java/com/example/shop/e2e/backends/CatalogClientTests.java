package com.example.shop.e2e.backends;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.Product;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tests' own catalog client against a catalog on loopback that is sometimes too busy
 * to answer: it asks again when told {@code UNAVAILABLE}, and a create whose first
 * attempt went through after all answers the product once.
 */
class CatalogClientTests {

	private final BusyCatalog catalog = new BusyCatalog();

	private Server server;

	private CatalogClient client;

	private CatalogClient client() throws IOException {
		this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(this.catalog)
			.build()
			.start();
		this.client = Backends
			.at(new Endpoints("http://127.0.0.1:1", "http://127.0.0.1:1", "127.0.0.1:" + this.server.getPort()),
					() -> "token")
			.catalog();
		return this.client;
	}

	@AfterEach
	void stop() {
		this.server.shutdownNow();
	}

	@Test
	void aCatalogTooBusyTwiceIsAskedAgainAndTheProductIsCreatedOnce() throws IOException {
		this.catalog.busyBeforeAnswering.set(2);

		Product created = client().create("E2E-1", "E2E-1 Kettle", "KITCHEN", 45_000, 12);

		assertThat(created.getName()).isEqualTo("E2E-1 Kettle");
		assertThat(this.catalog.createAttempts).hasValue(3);
		assertThat(this.catalog.products).containsOnlyKeys("E2E-1");
	}

	@Test
	void aCreateThatWentThroughBeforeTheCatalogSaidUnavailableAnswersThatProduct() throws IOException {
		this.catalog.busyAfterCreating.set(1);

		Product created = client().create("E2E-2", "E2E-2 Kettle", "KITCHEN", 45_000, 12);

		assertThat(created.getStockOnHand()).isEqualTo(12);
		assertThat(this.catalog.createAttempts).hasValue(2);
		assertThat(this.catalog.products).containsOnlyKeys("E2E-2");
	}

	@Test
	void aSkuSomeoneElseHoldsIsStillRefused() throws IOException {
		this.catalog.products.put("E2E-3", Product.newBuilder().setSku("E2E-3").setName("Another product").build());

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> client().create("E2E-3", "E2E-3 Kettle", "KITCHEN", 45_000, 12))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
	}

	@Test
	void aCatalogThatStaysBusyIsGivenUpOnAfterFiveAttempts() throws IOException {
		this.catalog.busyBeforeAnswering.set(Integer.MAX_VALUE);

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> client().create("E2E-4", "E2E-4 Kettle", "KITCHEN", 45_000, 12))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
		assertThat(this.catalog.createAttempts).hasValue(5);
	}

	/**
	 * A catalog that says UNAVAILABLE as often as it is told to, before or after
	 * creating.
	 */
	static final class BusyCatalog extends CatalogServiceGrpc.CatalogServiceImplBase {

		final AtomicInteger busyBeforeAnswering = new AtomicInteger();

		final AtomicInteger busyAfterCreating = new AtomicInteger();

		final AtomicInteger createAttempts = new AtomicInteger();

		final ConcurrentHashMap<String, Product> products = new ConcurrentHashMap<>();

		@Override
		public void createProduct(CreateProductRequest request, StreamObserver<Product> answer) {
			this.createAttempts.incrementAndGet();
			if (this.busyBeforeAnswering.getAndDecrement() > 0) {
				answer.onError(busy());
				return;
			}
			Product product = Product.newBuilder()
				.setSku(request.getSku())
				.setName(request.getName())
				.setStockOnHand(request.getStockOnHand())
				.build();
			if (this.products.putIfAbsent(request.getSku(), product) != null) {
				answer.onError(Status.ALREADY_EXISTS.withDescription("SKU taken").asRuntimeException());
				return;
			}
			if (this.busyAfterCreating.getAndDecrement() > 0) {
				answer.onError(busy());
				return;
			}
			answer.onNext(product);
			answer.onCompleted();
		}

		@Override
		public void getProduct(GetProductRequest request, StreamObserver<Product> answer) {
			answer.onNext(this.products.get(request.getSku()));
			answer.onCompleted();
		}

		private static StatusRuntimeException busy() {
			return Status.UNAVAILABLE.withDescription("The catalog's database did not answer in time; try again")
				.asRuntimeException();
		}

	}

}
