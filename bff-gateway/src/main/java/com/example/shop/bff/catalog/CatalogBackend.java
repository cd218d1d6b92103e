package com.example.shop.bff.catalog;

import java.util.List;
import java.util.Map;

import com.example.shop.bff.AuditTrail;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the BFF needs from the catalog service, in the BFF's own records. Implemented in
 * {@code bff.backend} over gRPC (deadlines from the request's budget, retried where safe,
 * behind a circuit breaker, failures classified as {@code BackendFailure}s); the BFF's
 * services use it, views never do.
 */
public interface CatalogBackend {

	/** The backend's name in failures, parts and circuit breakers. */
	String NAME = "catalog";

	Mono<Product> product(String sku);

	/** Many products in one call; SKUs the catalog does not know are left out. */
	Mono<Map<String, Product>> products(List<String> skus);

	Mono<ProductPage> search(ProductQuery query);

	Mono<List<Category>> categories();

	/** Creates a product; never retried blindly (a repeat is ALREADY_EXISTS). */
	Mono<Product> create(ProductDraft draft);

	/** Updates every editable field, based on the version the admin saw. */
	Mono<Product> update(ProductDraft draft, long version);

	/** Reserves stock; idempotent by the reservation id. */
	default Mono<StockReservation> reserve(String reservationId, Map<String, Integer> quantities) {
		return reserve(reservationId, quantities, "");
	}

	/**
	 * Reserves stock for a placement; idempotent by the reservation id, refused
	 * (RESERVATION_ID_REUSED) for another fingerprint.
	 * @param fingerprint the placement's customer and lines, or empty
	 */
	Mono<StockReservation> reserve(String reservationId, Map<String, Integer> quantities, String fingerprint);

	/**
	 * Commits a HELD reservation to the order about to be created: it no longer expires.
	 * Idempotent.
	 */
	Mono<StockReservation> commit(String reservationId);

	Mono<StockReservation> confirm(String reservationId);

	/** Releases a reservation, committed or confirmed ones too. Idempotent. */
	default Mono<StockReservation> release(String reservationId) {
		return release(reservationId, false);
	}

	/**
	 * Releases a reservation; with {@code onlyUncommitted}, only a HELD one (refused with
	 * RESERVATION_COMMITTED otherwise, nothing changed). Idempotent.
	 */
	Mono<StockReservation> release(String reservationId, boolean onlyUncommitted);

	/** Reservations in one status changed before an instant, oldest first. */
	Mono<List<StockReservation>> reservations(String status, java.time.Instant changedBefore, int limit);

	/**
	 * Price and stock changes, shared by every subscriber; never completes, reconnects
	 * after failures, and runs without a request budget.
	 */
	Flux<ProductChange> changes();

	/**
	 * Reconnects now rather than after grpc-java's reconnect backoff, which can outlast a
	 * catalog restart by seconds.
	 */
	void reconnectNow();

	/**
	 * The product's history (edits and stock changes from outside, not reservations),
	 * newest first, at most {@code size} entries.
	 */
	Mono<AuditTrail> history(String sku, int size);

}
