package com.example.shop.bff.backend;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line each time a backend's circuit changes: a WARN when it opens, saying why
 * and for how long, and INFO when it lets trial calls through and when it closes. The
 * calls refused while it is open are not logged one by one (the BFF's problem handler
 * keeps those at DEBUG): a user's screen polling an open circuit would otherwise write an
 * ERROR a second.
 */
final class CircuitLog {

	private static final Logger log = LoggerFactory.getLogger(CircuitLog.class);

	private CircuitLog() {
	}

	/** Follows every circuit the registry makes from now on. */
	static void follow(CircuitBreakerRegistry circuits, Duration openFor) {
		circuits.getEventPublisher().onEntryAdded((added) -> follow(added.getAddedEntry(), openFor));
	}

	private static void follow(CircuitBreaker circuit, Duration openFor) {
		circuit.getEventPublisher().onStateTransition((event) -> {
			String backend = circuit.getName();
			switch (event.getStateTransition().getToState()) {
				case OPEN -> log.warn(
						"{} is failing: its circuit is open ({}% of its last {} calls failed); "
								+ "calls to it are refused for {} s",
						backend, Math.round(circuit.getMetrics().getFailureRate()),
						circuit.getMetrics().getNumberOfBufferedCalls(), openFor.toSeconds());
				case HALF_OPEN -> log.info("{}: its circuit lets trial calls through", backend);
				case CLOSED -> log.info("{} answers again: its circuit is closed", backend);
				default -> log.info("{}: its circuit is {}", backend, event.getStateTransition().getToState());
			}
		});
	}

}
