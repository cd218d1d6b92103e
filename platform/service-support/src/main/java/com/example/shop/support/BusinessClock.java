package com.example.shop.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalUnit;
import java.util.Currency;

/**
 * What a domain asks about money and time, in one place: the business currency, the zone
 * that makes a business day, today's business day, and now, from the application's
 * {@link Clock} (tests move it; nobody calls {@code now()} directly).
 *
 * @param settings the business currency and zone
 * @param clock the application's clock
 */
public record BusinessClock(BusinessSettings settings, Clock clock) {

	/** The one currency amounts are in; another is refused, never converted. */
	public Currency currency() {
		return this.settings.currency();
	}

	/** The zone whose calendar days are business days. */
	public ZoneId zone() {
		return this.settings.businessZone();
	}

	/** Today's business day. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(zone()));
	}

	/** Now. */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Now, at the precision the store keeps, so an answer and a later read show the same
	 * instant (PostgreSQL keeps microseconds, MongoDB milliseconds).
	 * @param precision the store's precision
	 * @return now, truncated to it
	 */
	public Instant now(TemporalUnit precision) {
		return this.clock.instant().truncatedTo(precision);
	}

}
