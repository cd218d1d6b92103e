package com.example.shop.orders.order;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderMetricsTests {

	private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void theSagaGaugesReadTheBacklogAtMostOncePerTtlHoweverOftenScraped() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		AtomicInteger reads = new AtomicInteger();
		MutableClock clock = new MutableClock(T0);
		new OrderMetrics(registry, () -> {
			reads.incrementAndGet();
			return new OrderMetrics.SagaBacklog(3, T0.minusSeconds(700));
		}, clock);

		for (int i = 0; i < 5; i++) {
			assertThat(registry.get("shop.orders.saga.pending").gauge().value()).isEqualTo(3);
			assertThat(registry.get("shop.orders.saga.pending.oldest").gauge().value()).isEqualTo(700);
		}
		assertThat(reads).hasValue(1);

		clock.now = T0.plus(OrderMetrics.BACKLOG_TTL);
		assertThat(registry.get("shop.orders.saga.pending.oldest").gauge().value()).isEqualTo(710);
		assertThat(reads).hasValue(2);
	}

	@Test
	void noBacklogReadsZero() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new OrderMetrics(registry, () -> new OrderMetrics.SagaBacklog(0, null), new MutableClock(T0));

		assertThat(registry.get("shop.orders.saga.pending").gauge().value()).isZero();
		assertThat(registry.get("shop.orders.saga.pending.oldest").gauge().value()).isZero();
	}

	@Test
	void placedAndCancelledCountOutsideATransactionAtOnce() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		OrderMetrics metrics = new OrderMetrics(registry, () -> new OrderMetrics.SagaBacklog(0, null),
				new MutableClock(T0));

		metrics.placed();
		metrics.placed();
		metrics.cancelled();

		assertThat(registry.get("shop.orders.placed").counter().count()).isEqualTo(2);
		assertThat(registry.get("shop.orders.cancelled").counter().count()).isEqualTo(1);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
