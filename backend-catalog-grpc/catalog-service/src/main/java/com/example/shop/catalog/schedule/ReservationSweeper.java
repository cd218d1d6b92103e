package com.example.shop.catalog.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.catalog.reservation.ReservationService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases reservations left unconfirmed past the reservation timeout, and finishes stock
 * moves that an interrupted call left undone. Every step is idempotent, so several
 * instances of the service sweeping at once do no harm.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.catalog.sweeper.enabled", matchIfMissing = true)
class ReservationSweeper {

	private static final Logger log = LoggerFactory.getLogger(ReservationSweeper.class);

	private final ReservationService reservations;

	ReservationSweeper(ReservationService reservations) {
		this.reservations = reservations;
	}

	@Scheduled(fixedDelayString = "${app.catalog.sweeper.interval:1m}",
			initialDelayString = "${app.catalog.sweeper.interval:1m}")
	void sweep() {
		try {
			int done = this.reservations.sweep();
			if (done > 0) {
				log.info("Released or finished {} reservations", done);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Sweeping reservations failed; the next sweep tries again", ex);
		}
	}

}
