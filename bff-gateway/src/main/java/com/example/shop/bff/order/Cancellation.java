package com.example.shop.bff.order;

import java.util.List;

import com.example.shop.bff.BackendRefusal;
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
	 * Refused: the order cannot be cancelled as things are, and nothing changed.
	 *
	 * @param kind what the user can do (reload a stale order, or nothing)
	 * @param message why
	 */
	record Refused(BackendRefusal.Kind kind, String message) implements Cancellation {
	}

	/**
	 * A backend could not be reached before anything changed; try again.
	 *
	 * @param message what happened
	 */
	record NotCancelled(String message) implements Cancellation {
	}

}
