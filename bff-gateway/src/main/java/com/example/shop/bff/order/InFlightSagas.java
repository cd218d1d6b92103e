package com.example.shop.bff.order;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.example.shop.bff.BffProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts the sagas running in this JVM, so shutting down waits for them. Sagas started
 * from the UI run outside any HTTP request (the view subscribes and returns), so the web
 * server's graceful shutdown does not see them; this does. It stops first (the highest
 * phase) and waits at most {@code app.bff.saga.shutdown-wait}; a saga cut short anyway
 * (the JVM killed) is finished by the reconciler, so waiting is a courtesy, not what
 * consistency depends on.
 */
@Component
class InFlightSagas implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InFlightSagas.class);

	private final Duration wait;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition drained = this.lock.newCondition();

	private int running;

	private volatile boolean started;

	InFlightSagas(BffProperties properties) {
		this.wait = properties.saga().shutdownWait();
	}

	/** The saga, counted from subscription until it ends however it ends. */
	<T> Mono<T> track(Mono<T> saga) {
		return Mono.defer(() -> {
			change(1);
			return saga.doFinally((signal) -> change(-1));
		});
	}

	/** How many sagas run now. */
	int running() {
		this.lock.lock();
		try {
			return this.running;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void change(int by) {
		this.lock.lock();
		try {
			this.running += by;
			if (this.running == 0) {
				this.drained.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void start() {
		this.started = true;
	}

	@Override
	public void stop() {
		this.lock.lock();
		try {
			long left = this.wait.toNanos();
			if (this.running > 0) {
				log.info("Waiting up to {} s for {} sagas in flight", this.wait.toSeconds(), this.running);
			}
			while (this.running > 0 && left > 0) {
				left = this.drained.awaitNanos(left);
			}
			if (this.running > 0) {
				log.warn("{} sagas still in flight at shutdown; the reconciler finishes them", this.running);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.lock.unlock();
			this.started = false;
		}
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	@Override
	public int getPhase() {
		// Stop before anything the sagas need (web server, clients, channels).
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
