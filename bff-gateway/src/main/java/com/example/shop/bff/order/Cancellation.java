package com.example.shop.bff.order;

import java.util.List;

import com.example.shop.bff.BackendRefusal;
import com.example.shop.problems.ProblemType;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How cancelling an order ended. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({ @JsonSubTypes.Type(value = Cancellation.Cancelled.class, name = "cancelled"),
		@JsonSubTypes.Type(value = Cancellation.CancelledWithPendingSteps.class, name = "cancelledWithPendingSteps"),
		@JsonSubTypes.Type(value = Cancellation.Refused.class, name = "refused"),
		@JsonSubTypes.Type(value = Cancellation.NotCancelled.class, name = "notCancelled") })
public sealed interface Cancellation {

	/**
	 * Invoice void, order cancelled, stock released.
	 *
	 * @param order the cancelled order
	 */
	record Cancelled(Order order) implements Cancellation {
	}

	/**
	 * Some steps happened and some did not; cancelling again finishes them.
	 *
	 * @param order the order as it is now
	 * @param pending what is left
	 */
	record CancelledWithPendingSteps(Order order, List<PendingStep> pending) implements Cancellation {
	}

	/**
	 * Refused: the order cannot be cancelled as things are, and nothing changed. A UI
	 * says it in its user's words from the reason and its facts; the message is English
	 * for logs and API clients.
	 *
	 * @param kind what the user can do (reload a stale order, or nothing)
	 * @param message why, in English
	 * @param reason why, as a stable code
	 * @param status the order's status as last read (it stays so)
	 * @param problem the backend's problem type when a backend refused, else {@code null}
	 */
	record Refused(BackendRefusal.Kind kind, String message, Reason reason, OrderStatus status,
			ProblemType problem) implements Cancellation {

		/** Why cancelling was refused. */
		public enum Reason {

			/** The order changed since the user opened it: reload and decide again. */
			CHANGED,
			/** Its status no longer allows cancelling (shipped, for example). */
			NOT_CANCELLABLE,
			/** Its invoice has payments: it went back to its status. */
			HAS_PAYMENTS,
			/** Orders refused to start cancelling it; the problem type says why. */
			REFUSED

		}

	}

	/**
	 * A backend could not be reached; try again. A UI says it in its user's words from
	 * the reason and the backend; the message is English for logs and API clients.
	 *
	 * @param message what happened, in English
	 * @param reason whether anything may have started
	 * @param backend the service that did not answer
	 */
	record NotCancelled(String message, Reason reason, String backend) implements Cancellation {

		/** How far cancelling got. */
		public enum Reason {

			/** Nothing was changed. */
			NOTHING_CHANGED,
			/**
			 * Moving the order to cancelling got no answer: it may show as cancelling
			 * (then it is finished within minutes), else cancel again.
			 */
			MAY_HAVE_STARTED

		}

	}

}
