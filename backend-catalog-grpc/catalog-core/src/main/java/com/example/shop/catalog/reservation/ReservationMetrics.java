package com.example.shop.catalog.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code shop.catalog.reservations} by outcome, counted when a reservation's status
 * actually changes (a replayed call finds the reservation as it is and counts nothing):
 * {@code held} (stock taken), {@code confirmed} (sold), {@code released} (units back, on
 * request or at expiry) and {@code refused} (unknown or inactive products, not enough
 * stock). All four exist from the start, so a rate over them is never "no data".
 */
@Component
public class ReservationMetrics {

	private final Counter held;

	private final Counter confirmed;

	private final Counter released;

	private final Counter refused;

	ReservationMetrics(MeterRegistry registry) {
		this.held = counter(registry, "held");
		this.confirmed = counter(registry, "confirmed");
		this.released = counter(registry, "released");
		this.refused = counter(registry, "refused");
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("shop.catalog.reservations")
			.description("Stock reservations by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

	void held() {
		this.held.increment();
	}

	void confirmed() {
		this.confirmed.increment();
	}

	void released() {
		this.released.increment();
	}

	void refused() {
		this.refused.increment();
	}

}
