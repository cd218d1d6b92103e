package com.example.shop.ui.drain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Drains a stopping ui-app instead of dropping its users. Vaadin keeps each session in
 * this JVM's memory, so when the pod is told to stop (SIGTERM closes the context) it
 * first: reports itself not ready (the Service and the ingress send it no new sessions,
 * and {@link DrainFilter} refuses any that still arrive), tells every open UI that this
 * server is going away and until when ({@link DrainNotice}, renewed every
 * {@code noticeInterval}), keeps serving them over their open push connections until they
 * are all gone or {@code limit} has passed, then reloads what is still open, which lands
 * on a running pod. Only then does the web server's graceful shutdown begin.
 */
@Component
class SessionDrain implements VaadinServiceInitListener, ApplicationListener<ContextClosedEvent> {

	private static final Logger log = LoggerFactory.getLogger(SessionDrain.class);

	private final DrainProperties properties;

	private final Clock clock;

	private final Set<UI> open = ConcurrentHashMap.newKeySet();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private volatile Instant endsAt;

	private volatile boolean pushKeptOpen;

	SessionDrain(DrainProperties properties, ObjectProvider<Clock> clock) {
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> {
			UI ui = init.getUI();
			if (this.properties.limit().isPositive() && !this.pushKeptOpen) {
				this.pushKeptOpen = AtmosphereShutdownHook.remove(ui.getSession().getService());
			}
			this.open.add(ui);
			ui.addDetachListener((detach) -> closed(ui));
			Instant ends = this.endsAt;
			if (ends != null) {
				ui.access(() -> DrainNotice.show(ui, this.clock.instant(), ends));
			}
		});
	}

	/** Whether this instance is draining: it refuses new sessions. */
	boolean draining() {
		return this.endsAt != null;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		Duration limit = this.properties.limit();
		if (limit.isZero() || limit.isNegative() || draining()) {
			return;
		}
		AvailabilityChangeEvent.publish(event.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
		Instant ends = this.clock.instant().plus(limit);
		this.endsAt = ends;
		log.info("Draining: not ready, no new sessions; {} open UI(s) served until {} at the latest", this.open.size(),
				ends);
		try {
			while (!this.open.isEmpty() && this.clock.instant().isBefore(ends)) {
				List.copyOf(this.open)
					.forEach((ui) -> ui.access(() -> DrainNotice.show(ui, this.clock.instant(), ends)));
				awaitChange(ends);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		int left = this.open.size();
		List.copyOf(this.open).forEach((ui) -> ui.access(() -> DrainNotice.end(ui)));
		log.info("Drained: {} UI(s) still open were sent to a running instance; shutting down", left);
	}

	private void awaitChange(Instant ends) throws InterruptedException {
		Duration untilEnd = Duration.between(this.clock.instant(), ends);
		Duration wait = (untilEnd.compareTo(this.properties.noticeInterval()) < 0) ? untilEnd
				: this.properties.noticeInterval();
		if (wait.isNegative() || wait.isZero()) {
			return;
		}
		this.lock.lock();
		try {
			int before = this.open.size();
			long nanos = wait.toNanos();
			while (nanos > 0 && this.open.size() == before) {
				nanos = this.changed.awaitNanos(nanos);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void closed(UI ui) {
		this.open.remove(ui);
		this.lock.lock();
		try {
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Open UIs, for the log and tests. */
	int openUis() {
		return this.open.size();
	}

}
