package com.example.shop.catalog.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.CatalogSettings;
import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.ProductChange;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.catalog.v1.WatchProductChangesRequest;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static com.example.shop.catalog.CatalogFixtures.edit;
import static com.example.shop.catalog.CatalogFixtures.failure;
import static com.example.shop.catalog.CatalogFixtures.krw;
import static com.example.shop.catalog.CatalogFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

/** The server stream of product changes, fed by polling updatedAt. */
class WatchProductChangesIT extends CatalogGrpcTest {

	private static final long WAIT_SECONDS = 10;

	@Autowired
	ManagedChannel channel;

	@Autowired
	CatalogSettings settings;

	private final List<Watch> watches = new ArrayList<>();

	@BeforeEach
	void setUp() {
		product(this.mongo, this.clock, "STA-0001", "Gel Pen Standard", "stationery", "1500.00", 10, true);
		product(this.mongo, this.clock, "STA-0002", "Gel Pen Pro", "stationery", "2250.00", 8, true);
		this.clock.advance(Duration.ofSeconds(1));
	}

	@AfterEach
	void cancelWatches() {
		this.watches.forEach(Watch::cancel);
	}

	@Test
	void aPriceChangeIsStreamedWithTheNewPriceAndVersion() throws Exception {
		Watch watch = watch(sinceStart());

		this.catalog.updateProduct(edit("STA-0001", 0, "price").setPrice(krw(1700, 0)).build());

		ProductChange change = watch.next();
		assertThat(change.getSku()).isEqualTo("STA-0001");
		assertThat(change.getPrice()).isEqualTo(krw(1700, 0));
		assertThat(change.getVersion()).isOne();
		assertThat(change.getUpdatedAt().getSeconds()).isEqualTo(this.clock.instant().getEpochSecond());
	}

	@Test
	void aReservationIsStreamedAsAStockChange() throws Exception {
		Watch watch = watch(sinceStart());

		this.catalog.reserveStock(ReserveStockRequest.newBuilder()
			.setReservationId(UUID.randomUUID().toString())
			.addLines(ReservationLine.newBuilder().setSku("STA-0002").setQuantity(3))
			.build());

		ProductChange change = watch.next();
		assertThat(change.getSku()).isEqualTo("STA-0002");
		assertThat(change.getStockOnHand()).isEqualTo(5);
		assertThat(change.getReserved()).isEqualTo(3);
	}

	@Test
	void aWriteThatBypassesTheServiceIsStreamedToo() throws Exception {
		Watch watch = watch(sinceStart());

		// What the import job does: its own update, setting updatedAt, without the
		// service.
		this.mongo.updateFirst(Query.query(Criteria.where("sku").is("STA-0002")),
				new Update().set("stockOnHand", 500).set("updatedAt", this.clock.instant()), Product.class);

		ProductChange change = watch.next();
		assertThat(change.getSku()).isEqualTo("STA-0002");
		assertThat(change.getStockOnHand()).isEqualTo(500);
	}

	@Test
	void onlyTheWatchedSkusAreStreamedEachChangeOnce() throws Exception {
		Watch watch = watch(sinceStart().toBuilder().addSkus("STA-0001").build());

		this.catalog.updateProduct(edit("STA-0002", 0, "active").build());
		this.clock.advance(Duration.ofSeconds(1));
		this.catalog.updateProduct(edit("STA-0001", 0, "active").build());
		ProductChange first = watch.next();
		this.clock.advance(Duration.ofSeconds(1));
		this.catalog.updateProduct(edit("STA-0001", 1, "stock_on_hand").setStockOnHand(2).build());
		ProductChange second = watch.next();

		assertThat(List.of(first.getSku(), second.getSku())).containsOnly("STA-0001");
		assertThat(first.getVersion()).isOne();
		assertThat(first.getActive()).isFalse();
		assertThat(second.getVersion()).isEqualTo(2);
		assertThat(second.getStockOnHand()).isEqualTo(2);
	}

	@Test
	void sinceReplaysWhatChangedBeforeTheStreamWasOpened() throws Exception {
		this.catalog.updateProduct(edit("STA-0002", 0, "name").setName("Gel Pen Pro II").build());

		Watch watch = watch(sinceStart());

		assertThat(watch.next().getName()).isEqualTo("Gel Pen Pro II");
	}

	@Test
	void watchingTooManySkusIsAnInvalidArgument() {
		var request = WatchProductChangesRequest.newBuilder();
		for (int i = 0; i < 1001; i++) {
			request.addSkus("SKU-" + i);
		}

		failure(Status.Code.INVALID_ARGUMENT,
				() -> CatalogServiceGrpc.newBlockingStub(this.channel).watchProductChanges(request.build()).hasNext());
	}

	@Test
	void stoppingTheFeedEndsItsStreamsSoClientsReconnect() throws Exception {
		ProductChangeFeed feed = new ProductChangeFeed(this.mongo, this.settings, this.clock);
		feed.start();
		BlockingQueue<Throwable> closed = new LinkedBlockingQueue<>();
		feed.subscribe(List.of(), null, (product) -> true, closed::add);

		feed.stop();

		assertThat(closed.poll(WAIT_SECONDS, TimeUnit.SECONDS)).hasMessageContaining("shutting down");
		assertThat(feed.isRunning()).isFalse();
	}

	private WatchProductChangesRequest sinceStart() {
		return WatchProductChangesRequest.newBuilder()
			.setSince(com.google.protobuf.Timestamp.newBuilder()
				.setSeconds(TestClockConfiguration.START.getEpochSecond()))
			.build();
	}

	private Watch watch(WatchProductChangesRequest request) {
		Watch watch = new Watch();
		CatalogServiceGrpc.newStub(this.channel).watchProductChanges(request, watch);
		this.watches.add(watch);
		return watch;
	}

	/** Collects what a stream delivers; the test waits on it, never sleeps. */
	private static final class Watch implements ClientResponseObserver<WatchProductChangesRequest, ProductChange> {

		private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

		private ClientCallStreamObserver<WatchProductChangesRequest> call;

		@Override
		public void beforeStart(ClientCallStreamObserver<WatchProductChangesRequest> requestStream) {
			this.call = requestStream;
		}

		@Override
		public void onNext(ProductChange change) {
			this.received.add(change);
		}

		@Override
		public void onError(Throwable error) {
			this.received.add(error);
		}

		@Override
		public void onCompleted() {
			this.received.add("completed");
		}

		ProductChange next() throws InterruptedException {
			Object next = this.received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
			assertThat(next).as("a change within %d s", WAIT_SECONDS).isInstanceOf(ProductChange.class);
			return (ProductChange) next;
		}

		void cancel() {
			this.call.cancel("test finished", null);
		}

	}

}
