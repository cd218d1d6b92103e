package com.example.shop.catalog.grpc;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CallDeadlinesTests {

	private final CallDeadlines.Settings settings = new CallDeadlines.Settings(Duration.ofSeconds(1),
			Duration.ofSeconds(30));

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final CatalogErrorsTests.FakeTicker ticker = new CatalogErrorsTests.FakeTicker();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	@Test
	void outsideACallTheDatabaseGetsTheBackgroundTimeout() {
		assertThat(CallDeadlines.DeadlineBound.timeLeftMillis(this.settings)).isEqualTo(30_000);
	}

	@Test
	void withinACallItGetsWhatTheCallerHasLeftAtMostTheCallTimeout() throws Exception {
		try (Context.CancellableContext call = Context.current()
			.withDeadline(Deadline.after(300, TimeUnit.MILLISECONDS, this.ticker), this.scheduler)) {
			assertThat(call.call(() -> CallDeadlines.DeadlineBound.timeLeftMillis(this.settings))).isEqualTo(300);
		}
		try (Context.CancellableContext call = Context.current()
			.withDeadline(Deadline.after(20, TimeUnit.SECONDS, this.ticker), this.scheduler)) {
			assertThat(call.call(() -> CallDeadlines.DeadlineBound.timeLeftMillis(this.settings))).isEqualTo(1000);
		}
	}

	@Test
	void aCallWhoseCallerHasGoneAsksTheDatabaseNothing() throws Exception {
		Deadline deadline = Deadline.after(100, TimeUnit.MILLISECONDS, this.ticker);
		this.ticker.advance(TimeUnit.MILLISECONDS.toNanos(101));
		try (Context.CancellableContext call = Context.current().withDeadline(deadline, this.scheduler)) {
			StatusRuntimeException refused = call.call(() -> catchThrowableOfType(StatusRuntimeException.class,
					() -> CallDeadlines.DeadlineBound.timeLeftMillis(this.settings)));

			assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
		}
	}

}
