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

	/** An invoice's audit trail ({@link AuditTrail}): whoever reads the invoice. */
	public static final String INVOICE_AUDIT_PATH = INVOICES_PATH + "/{id}/audit";

	/** A customer's audit trail ({@link AuditTrail}): whoever reads the customer. */
	public static final String CUSTOMER_AUDIT_PATH = CUSTOMERS_PATH + "/{id}/audit";

	/** Entries in one audit trail answer when {@code size} is not given. */
	public static final int AUDIT_DEFAULT_SIZE = 50;

	/** The most entries one audit trail answer may ask for ({@code size}). */
	public static final int AUDIT_MAX_SIZE = 100;

	/** At most this many ids in one {@code GET /api/v1/customers/lookup}. */
	public static final int MAX_LOOKUP_IDS = 100;

	/** Where the committed OpenAPI document sits on the classpath of this artifact. */
	public static final String OPENAPI_RESOURCE = "openapi/billing-api.json";

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

	/**
	 * A decimal amount as a query parameter or in {@code Money}: at most 18 characters.
	 */
	public static final String AMOUNT_PATTERN = "\\d{1,15}(\\.\\d{1,2})?";

	private BillingApi() {
	}

}
