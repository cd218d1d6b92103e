package com.example.shop.bff.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The saga progress orders records on an order: which steps of placing or cancelling it
 * are done and which are left.
 *
 * @param reservationId the catalog reservation the order holds
 * @param stock where its stock stands
 * @param invoice where its invoice stands
 * @param invoiceId its invoice, once issued
 * @param pendingSteps what is left, in the order it will be done
 * @param attention why a person must look at it, or {@code null}
 * @param attempts how often the reconciler took it up
 * @param nextAttemptAt when the reconciler may take it up next, or {@code null}
 * @param updatedAt when progress was last recorded
 */
public record SagaState(String reservationId, Stock stock, Invoice invoice, UUID invoiceId,
		List<PendingStep.Step> pendingSteps, String attention, int attempts, Instant nextAttemptAt, Instant updatedAt) {

	public SagaState {
		pendingSteps = List.copyOf(pendingSteps);
	}

	/** Where an order's stock stands. */
	public enum Stock {

		PENDING, CONFIRMED, RELEASED

	}

	/** Where an order's invoice stands. */
	public enum Invoice {

		PENDING, ISSUED, VOIDED

	}

}
