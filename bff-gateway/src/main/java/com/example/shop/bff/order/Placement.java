package com.example.shop.bff.order;

import java.util.List;
import java.util.Map;

import com.example.shop.bff.InvalidField;
import com.example.shop.bff.billing.Invoice;
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
	 * released).
	 *
	 * @param reason why, as a stable code
	 * @param message what happened, in words
	 * @param fieldErrors bad fields of the form, if that is the reason
	 * @param details further facts (for example which SKUs lack stock)
	 */
	record Rejected(Reason reason, String message, List<InvalidField> fieldErrors,
			Map<String, Object> details) implements Placement {
	}

	/**
	 * A backend could not be reached in time, so it is unknown or certain that no order
	 * exists yet. Submitting again with the same placement id is safe: it never places
	 * the order twice.
	 *
	 * @param placementId the placement id to retry with
	 * @param message what happened
	 */
	record NotPlaced(String placementId, String message) implements Placement {
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
