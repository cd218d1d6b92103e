package com.example.shop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The saga progress recorded on an order: which steps of placing (or cancelling) it are
 * done, and what is left. The BFF records each step as it is done; its reconciler
 * finishes what is left, claiming the order with a lease.
 *
 * @param reservationId the catalog reservation the order holds (its placement id, or the
 * one a repair reserved again)
 * @param stock where the order's stock stands
 * @param invoice where the order's invoice stands
 * @param invoiceId the invoice, once issued
 * @param pendingSteps what is left to do, in the order it will be done; empty when the
 * saga is complete
 * @param attention why a person must look at the order (for example its stock is gone and
 * could not be reserved again), or {@code null}
 * @param attempts how many times the reconciler has worked on it
 * @param nextAttemptAt when the reconciler may take it up next (its lease or back-off),
 * or {@code null}
 * @param updatedAt when saga progress was last recorded
 */
public record SagaState(String reservationId, StockState stock, InvoiceState invoice, UUID invoiceId,
		List<SagaStep> pendingSteps, String attention, int attempts, Instant nextAttemptAt, Instant updatedAt) {

	/** Where an order's stock stands. */
	public enum StockState {

		/** Reserved (and committed to the order), not yet confirmed. */
		PENDING,
		/** The reservation is confirmed: the units are sold. */
		CONFIRMED,
		/** The order was cancelled and its units went back on stock. */
		RELEASED

	}

	/** Where an order's invoice stands. */
	public enum InvoiceState {

		/** Not issued yet. */
		PENDING,
		/** Issued ({@code invoiceId}). */
		ISSUED,
		/** Voided (or never to be issued) because the order was cancelled. */
		VOIDED

	}

}
