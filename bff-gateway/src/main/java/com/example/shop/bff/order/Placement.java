package com.example.shop.bff.order;

import java.util.List;
import java.util.Map;

import com.example.shop.bff.InvalidField;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.problems.ProblemType;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How placing an order ended. Every outcome says what exists now; nothing half-done is
 * silent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({ @JsonSubTypes.Type(value = Placement.Placed.class, name = "placed"),
		@JsonSubTypes.Type(value = Placement.PlacedWithPendingSteps.class, name = "placedWithPendingSteps"),
		@JsonSubTypes.Type(value = Placement.Rejected.class, name = "rejected"),
		@JsonSubTypes.Type(value = Placement.NotPlaced.class, name = "notPlaced") })
public sealed interface Placement {

	/**
	 * Stock confirmed, order created, invoice issued.
	 *
	 * @param order the order
	 * @param invoice its invoice
	 */
	record Placed(Order order, Invoice invoice) implements Placement {
	}

	/**
	 * The order exists, but a later step did not happen; each is shown with a way to
	 * finish it.
	 *
	 * @param order the order
	 * @param pending what is left
	 */
	record PlacedWithPendingSteps(Order order, List<PendingStep> pending) implements Placement {
	}

	/**
	 * Refused for a reason the user can act on; nothing was kept (any stock held was
	 * released). A UI says it in its user's words from the reason, the problem type, the
	 * fields and the details; the message is English for logs and API clients.
	 *
	 * @param reason why, as a stable code
	 * @param message what happened, in English
	 * @param fieldErrors bad fields of the form, if that is the reason
	 * @param details further facts (for example which SKUs lack stock, or the customer's
	 * name and status)
	 * @param problem the backend's problem type when a backend refused, else {@code null}
	 */
	record Rejected(Reason reason, String message, List<InvalidField> fieldErrors, Map<String, Object> details,
			ProblemType problem) implements Placement {

		/** A refusal without a backend's problem type. */
		public Rejected(Reason reason, String message, List<InvalidField> fieldErrors, Map<String, Object> details) {
			this(reason, message, fieldErrors, details, null);
		}

	}

	/**
	 * A backend could not be reached in time, so it is unknown or certain that no order
	 * exists yet. Submitting again with the same placement id is safe: it never places
	 * the order twice. A UI says it in its user's words from the cause and the backend;
	 * the message is English for logs and API clients.
	 *
	 * @param placementId the placement id to retry with
	 * @param message what happened, in English
	 * @param cause why it is not placed yet
	 * @param backend the service that did not answer or refused a step, if one did
	 */
	record NotPlaced(String placementId, String message, Cause cause, String backend) implements Placement {

		/** Why a placement is not placed yet. */
		public enum Cause {

			/** A service did not answer in time. */
			NO_ANSWER,
			/**
			 * This placement is still being processed (by this or another submit): submit
			 * again shortly to see how it ended.
			 */
			IN_PROGRESS,
			/** A service refused a step for now. */
			REFUSED

		}

	}

	/** Why a placement was refused. */
	enum Reason {

		INVALID, OUT_OF_STOCK, UNKNOWN_PRODUCT, UNKNOWN_CUSTOMER, CUSTOMER_NOT_ACTIVE, CREDIT_DECLINED, EXPIRED,
		/**
		 * The placement id was used for another customer or other products: refused
		 * before anything was touched; the first placement keeps what it has.
		 */
		REUSED

	}

}
