package com.example.shop.bff.order;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BffProperties;
import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.catalog.CatalogBackend;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Finishes sagas nobody is finishing: on a schedule it claims orders whose steps are
 * unfinished (a lease per order through orders, {@code FOR UPDATE SKIP LOCKED}
 * underneath, so several ui-app replicas never work on the same order) and runs the same
 * idempotent steps a placement or cancellation runs; then it settles committed
 * reservations whose order was never created (orders abandons the placement, fenced
 * against a late creation, and only then does the stock go back). It never releases stock
 * an order holds. Work with no person behind it runs as the service
 * ({@link ServiceIdentity}).
 * <p>
 * Safety rests on the steps (idempotent, progress monotone), not on the lease: two
 * reconcilers that both worked on one order (a lease that ran out) do no harm; the lease
 * only keeps them from doing the same work twice.
 */
@Component
class SagaReconciler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SagaReconciler.class);

	private static final int ORPHANS_PER_PASS = 50;

	/** The order's saga has no steps left. */
	static final String FINISHED = "finished";

	/** Steps are left (a backend refused or is slow); the order is taken up again. */
	static final String PENDING = "pending";

	/** A backend was unavailable; the lease runs out and the order is tried again. */
	static final String FAILED = "failed";

	/**
	 * A committed reservation whose order was never created: abandoned, stock released.
	 */
	static final String ABANDONED = "abandoned";

	private final OrdersBackend orders;

	private final CatalogBackend catalog;

	private final PlacementSaga placement;

	private final CancellationSaga cancellation;

	private final InFlightSagas inFlight;

	private final BffProperties.Reconciler settings;

	private final String owner;

	/**
	 * The catalog compares "committed before" with its own clock, so the cut-off is real
	 * time, never a test's clock.
	 */
	private final Clock realTime = Clock.systemUTC();

	private final AtomicLong passes = new AtomicLong();

	private volatile ScheduledExecutorService schedule;

	private final Map<String, Counter> attempts = new HashMap<>();

	private final ObservationRegistry observations;

	SagaReconciler(OrdersBackend orders, CatalogBackend catalog, PlacementSaga placement, CancellationSaga cancellation,
			InFlightSagas inFlight, BffProperties properties, MeterRegistry registry,
			ObjectProvider<ObservationRegistry> observations) {
		for (String outcome : List.of(FINISHED, PENDING, FAILED, ABANDONED)) {
			this.attempts.put(outcome,
					Counter.builder("shop.bff.reconciler.attempts")
						.description("Orders and orphaned reservations the saga reconciler took up, by outcome")
						.tag("outcome", outcome)
						.register(registry));
		}
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
		this.orders = orders;
		this.catalog = catalog;
		this.placement = placement;
		this.cancellation = cancellation;
		this.inFlight = inFlight;
		this.settings = properties.reconciler();
		this.owner = (this.settings.owner() != null && !this.settings.owner().isBlank()) ? this.settings.owner()
				: defaultOwner();
	}

	/**
	 * One pass: finish what is claimable, then settle orphaned reservations.
	 * @return how many orders and reservations it worked on
	 */
	Mono<Integer> pass() {
		Mono<Integer> finished = this.orders
			.claimSagas(this.owner, this.settings.batch(), this.settings.lease(), this.settings.grace())
			.flatMapMany(Flux::fromIterable)
			.flatMap(this::finish, 4)
			.count()
			.map(Long::intValue)
			.onErrorResume(BackendFailure.class, (ex) -> {
				log.debug("No saga leases this pass ({})", ex.getMessage());
				return Mono.just(0);
			});
		Mono<Integer> orphans = this.catalog
			.reservations("COMMITTING", this.realTime.instant().minus(this.settings.orphanGrace()), ORPHANS_PER_PASS)
			.flatMapMany(Flux::fromIterable)
			.flatMap((reservation) -> this.placement.settleOrphan(reservation.reservationId()).doOnNext((fence) -> {
				if (fence.abandoned()) {
					this.attempts.get(ABANDONED).increment();
					log.info("Placement {} never created its order; abandoned it and released its stock",
							reservation.reservationId());
				}
			}).onErrorResume(BackendFailure.class, (ex) -> Mono.empty()), 4)
			.count()
			.map(Long::intValue)
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(0));
		return this.inFlight.track(ServiceIdentity.runAsService(finished.zipWith(orphans, Integer::sum)))
			.doOnNext((count) -> {
				this.passes.incrementAndGet();
				if (count > 0) {
					log.info("Reconciler {} worked on {} unfinished sagas", this.owner, count);
				}
			});
	}

	private Mono<Order> finish(Order order) {
		Mono<Order> finished = switch (order.status()) {
			case CANCELLING, CANCELLED -> this.cancellation.finish(order, null, this.owner);
			default -> this.placement.finish(order, this.owner, false).map(PlacementSaga.Finished::order);
		};
		return finished
			.doOnNext((done) -> this.attempts
				.get((done.saga() == null || done.saga().pendingSteps().isEmpty()) ? FINISHED : PENDING)
				.increment())
			.onErrorResume(BackendFailure.class, (ex) -> {
				this.attempts.get(FAILED).increment();
				log.info("Could not finish order {} now ({}); its lease runs out and it is tried again", order.number(),
						ex.getMessage());
				return Mono.just(order);
			});
	}

	/** How many passes ran, for tests that wait for one. */
	long passes() {
		return this.passes.get();
	}

	@Override
	public void start() {
		if (!this.settings.enabled() || this.schedule != null) {
			return;
		}
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("saga-reconciler").daemon().factory());
		long every = this.settings.interval().toMillis();
		executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
		this.schedule = executor;
		log.info("Saga reconciler {} runs every {} ms", this.owner, every);
	}

	/**
	 * One pass, a trace of its own ({@code shop.bff.reconciler.pass}, span "reconciler
	 * pass") with the steps it runs as children.
	 */
	private void runOnce() {
		try {
			Observation.createNotStarted("shop.bff.reconciler.pass", this.observations)
				.contextualName("reconciler pass")
				.observe(() -> pass().block(this.settings.lease()));
		}
		catch (RuntimeException ex) {
			log.warn("A reconciler pass failed; the next one tries again", ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.schedule;
		this.schedule = null;
		if (executor == null) {
			return;
		}
		executor.shutdown();
		try {
			// A pass in flight finishes (it is short); claims it could not finish run
			// out.
			executor.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.schedule != null;
	}

	@Override
	public int getPhase() {
		// Stops before the in-flight sagas are waited for, so it starts none meanwhile.
		return SmartLifecycle.DEFAULT_PHASE;
	}

	private static String defaultOwner() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "bff";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
