package com.example.shop.orders.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.example.shop.support.BusinessClock;
import com.example.shop.support.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The orders domain's metrics, counted where the fact happens: {@code shop.orders.placed}
 * and {@code shop.orders.cancelled} once their transaction commits (a placement replayed
 * with the same idempotency key finds its order and counts nothing);
 * {@code shop.orders.saga.pending} and {@code shop.orders.saga.pending.oldest} read from
 * the saga state, at most once per {@link #BACKLOG_TTL} of the business clock however
 * often they are scraped.
 */
@Component
public class OrderMetrics {

	/** How long one read of the saga backlog serves the gauges. */
	static final Duration BACKLOG_TTL = Duration.ofSeconds(10);

	private final Counter placed;

	private final Counter cancelled;

	private final Supplier<SagaBacklog> backlog;

	private final Clock clock;

	private volatile Cached cached;

	@Autowired
	OrderMetrics(MeterRegistry registry, OrderRepository orders, BusinessClock business) {
		this(registry, orders::sagaBacklog, business.clock());
	}

	OrderMetrics(MeterRegistry registry, Supplier<SagaBacklog> backlog, Clock clock) {
		this.backlog = backlog;
		this.clock = clock;
		this.placed = Counter.builder("shop.orders.placed")
			.description("Orders placed (a replayed placement counts once)")
			.register(registry);
		this.cancelled = Counter.builder("shop.orders.cancelled")
			.description("Orders whose cancellation completed (status CANCELLED)")
			.register(registry);
		Gauge.builder("shop.orders.saga.pending", this, (m) -> m.backlog().pending())
			.description("Orders whose placement or cancellation saga has steps left")
			.register(registry);
		Gauge.builder("shop.orders.saga.pending.oldest", this, (m) -> m.backlog().oldestAgeSeconds(m.clock.instant()))
			.description("Seconds since the oldest order with saga steps left last changed status (0 if none)")
			.baseUnit("seconds")
			.register(registry);
	}

	void placed() {
		AfterCommit.run(this.placed::increment);
	}

	void cancelled() {
		AfterCommit.run(this.cancelled::increment);
	}

	SagaBacklog backlog() {
		Instant now = this.clock.instant();
		Cached current = this.cached;
		if (current == null || !now.isBefore(current.until())) {
			current = new Cached(this.backlog.get(), now.plus(BACKLOG_TTL));
			this.cached = current;
		}
		return current.backlog();
	}

	/**
	 * The unfinished sagas.
	 *
	 * @param pending how many orders have saga steps left
	 * @param oldestSince when the oldest of them last changed status, or null if none
	 */
	record SagaBacklog(long pending, Instant oldestSince) {

		double oldestAgeSeconds(Instant now) {
			return (this.oldestSince != null) ? Math.max(0, Duration.between(this.oldestSince, now).toMillis() / 1000.0)
					: 0;
		}

	}

	private record Cached(SagaBacklog backlog, Instant until) {
	}

}
