package com.example.shop.bff.order;

import java.time.Instant;

/**
 * A step of placing or cancelling an order that is not done yet, shown to the user with
 * who or what will finish it.
 *
 * @param step what is left to do
 * @param message what happened and who finishes it, in English for logs and API clients
 * (a UI says it in its user's words from the step and who finishes it)
 * @param finishedBy who finishes it: the reconciler on its own, or a person
 * @param nextAttemptAt when the reconciler tries next, if known
 */
public record PendingStep(Step step, String message, FinishedBy finishedBy, Instant nextAttemptAt) {

	/** A step the reconciler finishes, with no time known. */
	public PendingStep(Step step, String message) {
		this(step, message, FinishedBy.RECONCILER, null);
	}

	/** What can be left undone. */
	public enum Step {

		/** The order exists but has no invoice: billing issues it. */
		ISSUE_INVOICE,
		/** The stock reservation is not confirmed yet: the catalog confirms it. */
		CONFIRM_STOCK,
		/**
		 * The order is being cancelled and its invoice is still open: billing voids it.
		 */
		VOID_INVOICE,
		/** The invoice is void but the order is not marked cancelled yet. */
		CANCEL_ORDER,
		/**
		 * The order is cancelled but its stock is still reserved: the catalog releases
		 * it.
		 */
		RELEASE_STOCK

	}

	/** Who finishes a pending step. */
	public enum FinishedBy {

		/**
		 * The BFF's reconciler, on its schedule, within minutes of the cause going away;
		 * a person may also finish it at once (place again, cancel again, issue).
		 */
		RECONCILER,
		/** A person: the reconciler cannot (for example the stock is gone). */
		PERSON

	}

}
