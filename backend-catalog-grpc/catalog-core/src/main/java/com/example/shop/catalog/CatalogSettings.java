package com.example.shop.catalog;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

/**
 * The catalog's own settings, under {@code app.catalog}.
 *
 * @param reservationTimeout how long a reservation may stay HELD before the sweeper
 * releases it
 * @param sweeper the sweeper that releases expired reservations and finishes interrupted
 * stock moves
 * @param watch the product change stream
 */
@ConfigurationProperties("app.catalog")
@Validated
public record CatalogSettings(@NotNull @DefaultValue("15m") Duration reservationTimeout,
		@NotNull @Valid @DefaultValue Sweeper sweeper, @NotNull @Valid @DefaultValue Watch watch) {

	/**
	 * @param enabled whether the sweeper runs on its schedule (tests call it directly)
	 * @param interval the pause between two sweeps
	 * @param settleGrace how old an unfinished stock move must be before the sweeper
	 * finishes it, so it does not race the call still doing it
	 */
	public record Sweeper(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("1m") Duration interval,
			@NotNull @DefaultValue("1m") Duration settleGrace) {
	}

	/**
	 * @param pollInterval how often each open stream looks for changes
	 * @param lookback how far behind the newest change seen each poll looks again, for
	 * writes whose updatedAt lags (clock skew between writers, slow commits)
	 */
	public record Watch(
			@NotNull @DurationUnit(java.time.temporal.ChronoUnit.MILLIS) @DefaultValue("1s") Duration pollInterval,
			@NotNull @DefaultValue("10s") Duration lookback) {
	}

}
