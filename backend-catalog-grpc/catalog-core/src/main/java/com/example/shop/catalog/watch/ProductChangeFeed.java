package com.example.shop.catalog.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.catalog.CatalogSettings;
import com.example.shop.catalog.product.Product;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds product changes by polling the indexed {@code updatedAt}, so changes by any
 * writer of the database are seen, not only this service's (a change stream would need a
 * replica set, which neither the stand-in nor every deployment has). Each subscription
 * polls on its own cursor; a lookback window catches writes whose {@code updatedAt} lags,
 * and the versions already sent keep them from being sent twice.
 */
@Component
public class ProductChangeFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProductChangeFeed.class);

	private final MongoTemplate mongo;

	private final CatalogSettings.Watch settings;

	private final Clock clock;

	private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1,
			Thread.ofPlatform().name("product-change-feed-", 0).daemon().factory());

	private volatile boolean running;

	ProductChangeFeed(MongoTemplate mongo, CatalogSettings settings, Clock clock) {
		this.mongo = mongo;
		this.settings = settings.watch();
		this.clock = clock;
	}

	/**
	 * Starts delivering changes until {@link Subscription#cancel()} or shutdown.
	 * @param skus only these SKUs; all if empty
	 * @param since replay changes after this instant first; null to start with the next
	 * change
	 * @param sink receives each changed product, one at a time; returns false to skip
	 * this poll (the caller cannot take more now; the changes come again on the next)
	 * @param closed told once when the feed ends the subscription (shutdown or a failure)
	 * @return the subscription
	 */
	public Subscription subscribe(List<String> skus, Instant since, Sink sink, Consumer<Throwable> closed) {
		Subscription subscription = new Subscription(List.copyOf(skus), since, sink, closed);
		this.subscriptions.add(subscription);
		if (!this.running) {
			subscription.close(new IllegalStateException("The catalog is shutting down"));
			return subscription;
		}
		long period = this.settings.pollInterval().toMillis();
		subscription.task = this.scheduler.scheduleWithFixedDelay(subscription::poll, 0, period, TimeUnit.MILLISECONDS);
		return subscription;
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends every stream before the gRPC server's graceful shutdown waits for them. */
	@Override
	public void stop() {
		this.running = false;
		for (Subscription subscription : List.copyOf(this.subscriptions)) {
			subscription.close(new IllegalStateException("The catalog is shutting down; reconnect"));
		}
		this.scheduler.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stopped before the gRPC server (which waits for open calls) and the web server.
		return Integer.MAX_VALUE - 1000;
	}

	/** Receives changed products. */
	@FunctionalInterface
	public interface Sink {

		/**
		 * @param product the product after its change
		 * @return false if the receiver cannot take more now
		 */
		boolean offer(Product product);

	}

	/** One open stream of changes. */
	public final class Subscription {

		private final List<String> skus;

		private final Sink sink;

		private final Consumer<Throwable> closed;

		/** The last sent version and updatedAt per SKU, within the lookback window. */
		private final Map<String, Sent> sent = new HashMap<>();

		/**
		 * Never look at or before this: the caller's since, or what existed on
		 * subscribing.
		 */
		private final Instant floor;

		private final boolean primeFirst;

		private boolean primed;

		private Instant cursor;

		private volatile ScheduledFuture<?> task;

		private boolean done;

		private Subscription(List<String> skus, Instant since, Sink sink, Consumer<Throwable> closed) {
			this.skus = skus;
			this.sink = sink;
			this.closed = closed;
			this.primeFirst = (since == null);
			this.cursor = (since != null) ? since : ProductChangeFeed.this.clock.instant();
			this.floor = (since != null) ? since : Instant.EPOCH;
		}

		/** Stops the polling; nothing more is delivered. */
		public synchronized void cancel() {
			this.done = true;
			ScheduledFuture<?> running = this.task;
			if (running != null) {
				running.cancel(false);
			}
			ProductChangeFeed.this.subscriptions.remove(this);
		}

		private synchronized void close(Throwable reason) {
			if (this.done) {
				return;
			}
			cancel();
			this.closed.accept(reason);
		}

		private synchronized void poll() {
			if (this.done) {
				return;
			}
			try {
				Instant lookFrom = this.cursor.minus(ProductChangeFeed.this.settings.lookback());
				Instant lowerBound = lookFrom.isAfter(this.floor) ? lookFrom : this.floor;
				Criteria criteria = where("updatedAt").gt(lowerBound);
				if (!this.skus.isEmpty()) {
					criteria = criteria.and("sku").in(this.skus);
				}
				Query query = Query.query(criteria).with(Sort.by("updatedAt", "_id"));
				// Without a since, what changed before subscribing only primes what
				// counts as sent.
				boolean prime = this.primeFirst && !this.primed;
				try (Stream<Product> changed = ProductChangeFeed.this.mongo.stream(query, Product.class)) {
					for (Product product : (Iterable<Product>) changed::iterator) {
						Sent before = this.sent.get(product.sku());
						Sent now = new Sent(product.version(), product.updatedAt());
						if (now.equals(before)) {
							continue;
						}
						if (!prime && !this.sink.offer(product)) {
							return;
						}
						this.sent.put(product.sku(), now);
						if (product.updatedAt().isAfter(this.cursor)) {
							this.cursor = product.updatedAt();
						}
					}
				}
				this.primed = true;
				Instant forgetBefore = this.cursor.minus(ProductChangeFeed.this.settings.lookback());
				this.sent.values().removeIf((sent) -> sent.updatedAt().isBefore(forgetBefore));
			}
			catch (RuntimeException ex) {
				log.warn("Polling product changes failed; ending the stream so the client reconnects", ex);
				close(ex);
			}
		}

	}

	private record Sent(long version, Instant updatedAt) {
	}

}
