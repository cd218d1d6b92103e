package com.example.shop.catalog.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.reservation.ReservationService.Request;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;
import com.example.shop.support.domain.Refusal;

/**
 * What a reservation request must be, which lines are refused before anything is taken,
 * how a repeated request is answered, and how each refusal of a reservation reads. No
 * database here: what a rule needs to know (the products, a recorded reservation), the
 * service reads.
 */
final class ReservationRules {

	private ReservationRules() {
	}

	/**
	 * Checks a reservation request, every field at once.
	 * @return the reservation id in its canonical form
	 * @throws DomainRefusal.Invalid naming every bad field
	 */
	static String validate(String reservationId, List<ReservationService.Request> requested) {
		List<FieldViolation> violations = new ArrayList<>();
		String id = uuidOrNull(reservationId);
		if (id == null) {
			violations.add(new FieldViolation("reservation_id", "must be a UUID"));
		}
		if (requested.isEmpty() || requested.size() > ReservationService.MAX_LINES) {
			violations
				.add(new FieldViolation("lines", "must have 1 to %d lines".formatted(ReservationService.MAX_LINES)));
		}
		Set<String> skus = new HashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			ReservationService.Request line = requested.get(i);
			if (line.sku() == null || line.sku().isEmpty()) {
				violations.add(new FieldViolation("lines[%d].sku".formatted(i), "is required"));
			}
			else if (!skus.add(line.sku())) {
				violations.add(new FieldViolation("lines[%d].sku".formatted(i),
						"appears on an earlier line; put the whole quantity on one line"));
			}
			if (line.quantity() < 1 || line.quantity() > ReservationService.MAX_QUANTITY) {
				violations.add(new FieldViolation("lines[%d].quantity".formatted(i),
						"must be between 1 and %d".formatted(ReservationService.MAX_QUANTITY)));
			}
		}
		if (!violations.isEmpty()) {
			throw new DomainRefusal.Invalid(violations);
		}
		return id;
	}

	/**
	 * @return the reservation id in its canonical form
	 * @throws DomainRefusal.Invalid unless it is a UUID
	 */
	static String validId(String reservationId) {
		String id = uuidOrNull(reservationId);
		if (id == null) {
			throw new DomainRefusal.Invalid("reservation_id", "must be a UUID");
		}
		return id;
	}

	static DomainRefusal.NotFound notFound(String id) {
		return new DomainRefusal.NotFound(ProblemType.RESERVATION_NOT_FOUND, "Reservation", id,
				"Reservation %s was not found".formatted(id), Map.of("reservation_id", id));
	}

	static DomainRefusal.NotFound unknownProducts(List<String> skus) {
		return new DomainRefusal.NotFound(ProblemType.PRODUCT_NOT_FOUND, "Product", skus.getFirst(),
				"No product has SKU " + String.join(", ", skus), Map.of("skus", String.join(",", skus)));
	}

	static DomainRefusal.Conflict inactiveProducts(List<String> skus) {
		return new DomainRefusal.Conflict(ProblemType.PRODUCT_INACTIVE,
				"Inactive products cannot be reserved: " + String.join(", ", skus),
				Map.of("skus", String.join(",", skus)));
	}

	static CatalogRefusal.InProgress inProgress(String id) {
		return new CatalogRefusal.InProgress(ProblemType.RESERVATION_IN_PROGRESS,
				"Reservation %s is being processed by another call; retry shortly".formatted(id),
				Map.of("reservation_id", id));
	}

	/** A released reservation asked to be confirmed or made again. */
	static DomainRefusal.Conflict released(Reservation reservation, String advice) {
		return new DomainRefusal.Conflict(ProblemType.RESERVATION_RELEASED,
				"Reservation %s was released (%s)%s".formatted(reservation.id(), reservation.releaseReason(), advice),
				Map.of("reservation_id", reservation.id(), "release_reason",
						String.valueOf(reservation.releaseReason())));
	}

	/** Committed to an order, and the caller asked to release uncommitted ones only. */
	static DomainRefusal.Conflict committed(Reservation reservation) {
		return new DomainRefusal.Conflict(ProblemType.RESERVATION_COMMITTED,
				"Reservation %s is %s: an order may hold it, so it was left as it is".formatted(reservation.id(),
						reservation.status()),
				Map.of("reservation_id", reservation.id(), "status", reservation.status().name()));
	}

	/** Made with other lines (or for another placement) under the same id. */
	static CatalogRefusal.AlreadyExists reused(String id) {
		return new CatalogRefusal.AlreadyExists(ProblemType.RESERVATION_ID_REUSED, "Reservation", id,
				"Reservation %s was made for another placement (other lines or customer); a new placement needs a new id"
					.formatted(id));
	}

	private static String uuidOrNull(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Checks a listing of reservations in one status.
	 * @throws DomainRefusal.Invalid naming the first bad argument
	 */
	static void validListing(Reservation.Status status, Instant changedBefore, int limit) {
		if (status == null || changedBefore == null) {
			throw new DomainRefusal.Invalid(status == null ? "status" : "updated_before", "is required");
		}
		if (limit < 1 || limit > ReservationService.SWEEP_BATCH) {
			throw new DomainRefusal.Invalid("page_size",
					"must be between 1 and %d".formatted(ReservationService.SWEEP_BATCH));
		}
	}

	/**
	 * Why one line could not be taken, read after the fact.
	 * @param product the line's product as it is now, or null if there is none
	 */
	static Refusal refusal(Reservation.Line line, Product product) {
		if (product == null) {
			return unknownProducts(List.of(line.sku()));
		}
		if (!product.active()) {
			return inactiveProducts(List.of(line.sku()));
		}
		return new CatalogRefusal.NotEnoughStock(List
			.of(new CatalogRefusal.NotEnoughStock.Shortage(line.sku(), line.quantity(), product.stockOnHand())));
	}

	/**
	 * Answers the common refusals with every bad line at once, before anything is taken.
	 * @param products the requested lines' products found, by SKU
	 */
	static void precheck(List<Request> requested, Map<String, Product> products) {
		List<String> unknown = requested.stream()
			.map(Request::sku)
			.filter((sku) -> !products.containsKey(sku))
			.toList();
		if (!unknown.isEmpty()) {
			throw unknownProducts(unknown);
		}
		List<String> inactive = requested.stream()
			.map(Request::sku)
			.filter((sku) -> !products.get(sku).active())
			.toList();
		if (!inactive.isEmpty()) {
			throw inactiveProducts(inactive);
		}
		List<CatalogRefusal.NotEnoughStock.Shortage> shortages = requested.stream()
			.filter((line) -> products.get(line.sku()).stockOnHand() < line.quantity())
			.map((line) -> new CatalogRefusal.NotEnoughStock.Shortage(line.sku(), line.quantity(),
					products.get(line.sku()).stockOnHand()))
			.toList();
		if (!shortages.isEmpty()) {
			throw new CatalogRefusal.NotEnoughStock(shortages);
		}
	}

	/**
	 * The answer to a reservation request whose id is already recorded: the recorded
	 * outcome if it asks for the same, else a refusal.
	 */
	static Reservation replay(Reservation existing, List<Request> requested, String fingerprint) {
		Set<Request> asked = new HashSet<>(requested);
		Set<Request> recorded = existing.lines()
			.stream()
			.map((line) -> new Request(line.sku(), line.quantity()))
			.collect(Collectors.toSet());
		if (!asked.equals(recorded) || (fingerprint != null && existing.fingerprint() != null
				&& !fingerprint.equals(existing.fingerprint()))) {
			throw reused(existing.id());
		}
		return switch (existing.status()) {
			case HELD, COMMITTING, CONFIRMED -> existing;
			case RESERVING -> throw inProgress(existing.id());
			case RELEASED -> throw released(existing, "; reserve again with a new id");
		};
	}

}
