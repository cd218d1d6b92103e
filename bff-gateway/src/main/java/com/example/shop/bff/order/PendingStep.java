package com.example.shop.bff.order;

/**
 * A step of placing or cancelling an order that did not happen, shown to the user with a
 * way to finish it.
 *
 * @param step what is left to do
 * @param message what happened, in words a user reads
 */
public record PendingStep(Step step, String message) {

	/** What can be left undone. */
	public enum Step {

		/**
		 * The order exists but has no invoice: issue it ({@code POST
		 * /bff/v1/orders/{id}/invoice}).
		 */
		ISSUE_INVOICE,
		/**
		 * The stock reservation was not confirmed: placing again with the same placement
		 * id finishes it.
		 */
		CONFIRM_STOCK,
		/**
		 * The order is cancelled but its invoice is still open: cancel again to void it.
		 */
		VOID_INVOICE,
		/**
		 * The invoice is void but the order is not cancelled yet: cancel again to finish.
		 */
		CANCEL_ORDER,
		/**
		 * The order is cancelled but its stock is still reserved: cancel again to release
		 * it.
		 */
		RELEASE_STOCK

	}

}
