package com.example.shop.catalog.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ReservationStatus;

import static com.example.shop.catalog.CatalogFixtures.product;
import static com.example.shop.catalog.reservation.ReservationsGrpcIT.line;
import static com.example.shop.catalog.reservation.ReservationsGrpcIT.reserve;
import static org.assertj.core.api.Assertions.assertThat;

/** Many callers racing for the same SKU: stock is never oversold and never lost. */
// Sixty reservations all update one product document, one after another; on a loaded
// two-core machine the last ones wait longer than a request's 1 s database timeout. This
// test is about what they leave behind, so its calls get the time they need.
@TestPropertySource(properties = "app.catalog.database.timeout=30s")
class ConcurrentReservationsIT extends CatalogGrpcTest {

	private static final int STOCK = 100;

	private static final int CALLERS = 60;

	private static final int UNITS_EACH = 3;

	@BeforeEach
	void setUp() {
		product(this.mongo, this.clock, "ELE-0001", "USB-C Hub Standard", "stationery", "45000.00", STOCK, true);
	}

	@Test
	void racingReservationsForOneSkuNeverOversellAndLeaveExactlyTheRest() throws Exception {
		List<Callable<Status.Code>> calls = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			String id = UUID.randomUUID().toString();
			calls.add(() -> outcome(() -> this.catalog.withDeadlineAfter(30, TimeUnit.SECONDS)
				.reserveStock(reserve(id, line("ELE-0001", UNITS_EACH)))
				.getStatus()));
		}

		List<Status.Code> outcomes = race(calls);

		long held = outcomes.stream().filter(Status.Code.OK::equals).count();
		assertThat(held).isEqualTo(STOCK / UNITS_EACH);
		assertThat(outcomes).filteredOn((code) -> code != Status.Code.OK).containsOnly(Status.Code.FAILED_PRECONDITION);
		var product = this.catalog.getProduct(GetProductRequest.newBuilder().setSku("ELE-0001").build());
		assertThat(product.getStockOnHand()).isEqualTo(STOCK - (int) held * UNITS_EACH).isNotNegative();
		assertThat(product.getReserved()).isEqualTo((int) held * UNITS_EACH);
		assertThat(product.getVersion()).isEqualTo(held);
	}

	@Test
	void racingRetriesOfOneReservationReserveOnce() throws Exception {
		String id = UUID.randomUUID().toString();
		List<Callable<Status.Code>> calls = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			calls.add(() -> outcome(() -> this.catalog.reserveStock(reserve(id, line("ELE-0001", 7))).getStatus()));
		}

		List<Status.Code> outcomes = race(calls);

		// Each retry either sees the finished reservation or is told to retry while it is
		// in flight. Whether any retry arrives while it is in flight is up to the
		// scheduler:
		// on a busy machine the first call can finish before the others start, and all
		// say OK.
		assertThat(outcomes).contains(Status.Code.OK).isSubsetOf(Status.Code.OK, Status.Code.ABORTED);
		var product = this.catalog.getProduct(GetProductRequest.newBuilder().setSku("ELE-0001").build());
		assertThat(product.getStockOnHand()).isEqualTo(STOCK - 7);
	}

	private static Status.Code outcome(Callable<ReservationStatus> call) throws Exception {
		try {
			assertThat(call.call()).isEqualTo(ReservationStatus.HELD);
			return Status.Code.OK;
		}
		catch (StatusRuntimeException ex) {
			return ex.getStatus().getCode();
		}
	}

	/** Starts every call at once from its own thread and collects the outcomes. */
	private static List<Status.Code> race(List<Callable<Status.Code>> calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(calls.size())) {
			List<Future<Status.Code>> futures = new ArrayList<>();
			for (Callable<Status.Code> call : calls) {
				futures.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Status.Code> outcomes = new ArrayList<>();
			for (Future<Status.Code> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
	}

}
