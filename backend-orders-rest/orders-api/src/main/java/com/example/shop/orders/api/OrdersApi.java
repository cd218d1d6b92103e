package com.example.shop.orders.api;

/** Paths and headers of the orders API, shared by the service and its clients. */
public final class OrdersApi {

	public static final String BASE_PATH = "/api/v1/orders";

	/**
	 * The saga's own operations (leases, progress, finishing or reverting a cancellation,
	 * abandoning a placement): for the BFF and its reconciler only.
	 */
	public static final String SAGA_PATH = "/api/v1/saga";

	/**
	 * An order's audit trail, newest first: who changed it, when, and how.
	 */
	public static final String AUDIT_PATH = BASE_PATH + "/{id}/audit";

	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Where the committed OpenAPI document sits on the classpath of this artifact. */
	public static final String OPENAPI_RESOURCE = "openapi/orders-api.json";

	/** A SKU as the catalog issues it (see the catalog's contract). */
	public static final String SKU_PATTERN = "[A-Z0-9][A-Z0-9-]{2,39}";

	/**
	 * Text on one line, at most 200 characters: no control characters (NUL, line breaks,
	 * tabs, C0 and C1 controls) and no unpaired surrogates (invalid Unicode that a JSON
	 * escape can carry). The bounded quantifier keeps a pattern check as short as the
	 * limit, whatever the input's length.
	 */
	public static final String NAME_PATTERN = "[^\\p{Cc}\\p{Cs}]{0,200}";

	/** What {@link #NAME_PATTERN} and {@link #TEXT_PATTERN} say when they refuse. */
	public static final String TEXT_MESSAGE = "must be valid Unicode without control characters";

	/**
	 * Free text of at most 500 characters: as {@link #NAME_PATTERN}, but tabs and line
	 * breaks are fine.
	 */
	public static final String TEXT_PATTERN = "[^\\p{Cs}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]{0,500}";

	private OrdersApi() {
	}

}
