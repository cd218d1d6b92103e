package com.example.shop.catalog.reservation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stock set aside for one order placement, as stored in the {@code reservations}
 * collection. Each status change is one conditional update of this document; the stock
 * moves that follow it are idempotent, and {@code settled} says whether they are all
 * done, so the sweeper can finish what an interrupted call left.
 *
 * @param id the caller's reservation id (the placement id)
 * @param status where it stands
 * @param lines the lines in request order
 * @param createdAt when it was first asked for
 * @param expiresAt when a HELD reservation is released automatically
 * @param updatedAt when the status last changed
 * @param releaseReason why it was released, if it was
 * @param releasedFrom the status it was released from, which decides how stock goes back
 * @param settled whether the stock moves of the current status are all done
 * @param fingerprint the placement's fingerprint (customer and lines) given when it was
 * made, or null; a retry with another one is refused
 */
@Document(Reservation.COLLECTION)
public record Reservation(@Id String id, Status status, List<Line> lines, Instant createdAt, Instant expiresAt,
		Instant updatedAt, ReleaseReason releaseReason, Status releasedFrom, boolean settled, String fingerprint) {

	public static final String COLLECTION = "reservations";

	public Reservation {
		lines = List.copyOf(lines);
	}

	/** Where a reservation stands. */
	public enum Status {

		/** Being taken off stock line by line by the call that created it. */
		RESERVING,
		/** Off stock, waiting for confirmation or release; expires unless committed. */
		HELD,
		/**
		 * Committed to the order being created for it: off stock, never expires; waits
		 * for confirmation or an explicit release.
		 */
		COMMITTING,
		/** Sold. */
		CONFIRMED,
		/** Back on stock. */
		RELEASED

	}

	/** Why a reservation was released. */
	public enum ReleaseReason {

		REQUESTED, EXPIRED

	}

	/**
	 * One line; name and price are the product's when it was reserved (null while
	 * RESERVING).
	 *
	 * @param sku the SKU
	 * @param quantity the units
	 * @param name the product's name when reserved
	 * @param unitPrice the product's price when reserved
	 */
	public record Line(String sku, int quantity, String name, BigDecimal unitPrice) {
	}

}
