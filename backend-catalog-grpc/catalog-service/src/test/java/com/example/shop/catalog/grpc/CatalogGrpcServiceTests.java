package com.example.shop.catalog.grpc;

import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.support.BusinessSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogGrpcServiceTests {

	// No domain at all: a call past its deadline must be refused before touching it.
	private final CatalogGrpcService service = new CatalogGrpcService(null, null, null,
			new BusinessSettings(Currency.getInstance("KRW"), ZoneId.of("Asia/Seoul")), new CatalogErrors(), null);

	@Test
	void callsWhoseDeadlineHasPassedAreRefusedBeforeAnyWork() throws Exception {
		CatalogErrorsTests.FakeTicker ticker = new CatalogErrorsTests.FakeTicker();
		Deadline deadline = Deadline.after(100, TimeUnit.MILLISECONDS, ticker);
		ticker.advance(TimeUnit.MILLISECONDS.toNanos(101));
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try (Context.CancellableContext expired = Context.current().withDeadline(deadline, scheduler)) {
			StatusRuntimeException get = expired
				.call(() -> catchThrowableOfType(StatusRuntimeException.class, () -> this.service
					.getProduct(GetProductRequest.newBuilder().setSku("STA-0001").build(), new Ignored<>())));
			StatusRuntimeException reserve = expired.call(() -> catchThrowableOfType(StatusRuntimeException.class,
					() -> this.service.reserveStock(ReserveStockRequest.newBuilder()
						.setReservationId("1b4e28ba-2fa1-11d2-883f-0016d3cca427")
						.addLines(ReservationLine.newBuilder().setSku("STA-0001").setQuantity(1))
						.build(), new Ignored<>())));

			assertThat(get.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
			assertThat(reserve.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	private static final class Ignored<T> implements StreamObserver<T> {

		@Override
		public void onNext(T value) {
			throw new AssertionError("no answer expected");
		}

		@Override
		public void onError(Throwable error) {
		}

		@Override
		public void onCompleted() {
		}

	}

}
