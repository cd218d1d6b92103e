package com.example.shop.orders.api;

/** A step of the placement or cancellation saga that an order still waits for. */
public enum SagaStep {

	/** Confirm the order's stock reservation at the catalog. */
	CONFIRM_STOCK,
	/** Issue the order's invoice at billing. */
	ISSUE_INVOICE,
	/** Void the invoice of an order being cancelled. */
	VOID_INVOICE,
	/** Mark the order cancelled once its invoice is void. */
	CANCEL_ORDER,
	/** Put a cancelled order's stock back. */
	RELEASE_STOCK

}
