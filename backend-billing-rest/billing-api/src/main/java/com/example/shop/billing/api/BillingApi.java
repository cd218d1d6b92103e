package com.example.shop.billing.api;

/** Paths and headers of the billing API, shared by the service and its clients. */
public final class BillingApi {

	public static final String CUSTOMERS_PATH = "/api/v1/customers";

	public static final String INVOICES_PATH = "/api/v1/invoices";

	public static final String RECEIVABLES_PATH = "/api/v1/receivables";

	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/**
	 * Set on responses of creating requests: {@code true} when the response is a replay.
	 */
	public static final String IDEMPOTENCY_REPLAYED = "Idempotency-Replayed";

	/** At most this many ids in one {@code GET /api/v1/customers/lookup}. */
	public static final int MAX_LOOKUP_IDS = 100;

	/** Where the committed OpenAPI document sits on the classpath of this artifact. */
	public static final String OPENAPI_RESOURCE = "openapi/billing-api.json";

	private BillingApi() {
	}

}
