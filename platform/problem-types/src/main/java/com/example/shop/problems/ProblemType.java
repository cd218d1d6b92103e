package com.example.shop.problems;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every stable problem type the shop answers with, in one place. A REST service puts
 * {@link #uri()} in an RFC 9457 problem's {@code type}; the gRPC catalog puts
 * {@link #reason()} in a {@code google.rpc.ErrorInfo}. Clients (the BFF) switch on these,
 * never on titles, details or status codes alone, so an entry is never renamed or removed
 * once released; new ones are added.
 */
public enum ProblemType {

	// Every REST service (service-support's conventions).

	/** 400: fields break a rule; the problem lists them in {@code errors}. */
	VALIDATION("validation", "INVALID_ARGUMENT"),

	/** 400: the body or a parameter cannot be read at all. */
	MALFORMED_REQUEST("malformed-request"),

	/** 404: what was asked for does not exist. */
	NOT_FOUND("not-found"),

	/** 409: the request conflicts with something that exists already. */
	CONFLICT("conflict"),

	/** 409: the lifecycle does not allow this move from the current status. */
	INVALID_STATE_TRANSITION("invalid-state-transition"),

	/** 412: the change was based on a version that is no longer current. */
	VERSION_MISMATCH("version-mismatch"),

	/** 428: a change without {@code If-Match}. */
	PRECONDITION_REQUIRED("precondition-required"),

	/** 400: a creating POST without {@code Idempotency-Key}. */
	IDEMPOTENCY_KEY_REQUIRED("idempotency-key-required"),

	/** 422: an {@code Idempotency-Key} reused for a different request. */
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused"),

	/**
	 * 409: the first request with this {@code Idempotency-Key} is still running; a later
	 * retry gets its answer.
	 */
	IDEMPOTENCY_IN_FLIGHT("idempotency-request-in-flight"),

	/** 405. */
	METHOD_NOT_ALLOWED("method-not-allowed"),

	/** 415. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),

	/** 406. */
	NOT_ACCEPTABLE("not-acceptable"),

	/** 500: the service's own failure; the body says nothing about the code. */
	INTERNAL("internal-error"),

	// Billing.

	/** 409: voiding an invoice that already has payments. */
	INVOICE_HAS_PAYMENTS("invoice-has-payments"),

	/** 409: a payment on an invoice that is paid or void. */
	INVOICE_NOT_PAYABLE("invoice-not-payable"),

	/** 409: a payment larger than what is still outstanding. */
	OVERPAYMENT("overpayment"),

	/** 409: the order already has an invoice for another customer or amount. */
	INVOICE_ALREADY_ISSUED("invoice-already-issued"),

	/**
	 * 409: the order's invoice was voided (its order is being cancelled), so no invoice
	 * is issued for it any more.
	 */
	ORDER_INVOICE_VOIDED("order-invoice-voided"),

	// Orders: the placement saga.

	/**
	 * 409: the placement was abandoned (its reservation released by the reconciler), so
	 * no order is created for it any more; start a new placement.
	 */
	PLACEMENT_ABANDONED("placement-abandoned"),

	// Catalog (gRPC: the ErrorInfo reason is what clients read).

	/** NOT_FOUND: no product has the SKU. */
	PRODUCT_NOT_FOUND("product-not-found"),

	/** NOT_FOUND: no reservation has the id. */
	RESERVATION_NOT_FOUND("reservation-not-found"),

	/** ALREADY_EXISTS: a product with the SKU exists. */
	SKU_ALREADY_EXISTS("sku-already-exists"),

	/** ALREADY_EXISTS: the reservation id was used for other lines. */
	RESERVATION_ID_REUSED("reservation-id-reused"),

	/** FAILED_PRECONDITION: inactive products cannot be reserved. */
	PRODUCT_INACTIVE("product-inactive"),

	/** FAILED_PRECONDITION: the reservation was released; reserve again with a new id. */
	RESERVATION_RELEASED("reservation-released"),

	/** FAILED_PRECONDITION: some lines ask for more units than can be reserved. */
	NOT_ENOUGH_STOCK("not-enough-stock"),

	/** ABORTED: another call is processing the reservation; retry shortly. */
	RESERVATION_IN_PROGRESS("reservation-in-progress"),

	/**
	 * FAILED_PRECONDITION: the reservation is committed to an order (or confirmed), so a
	 * release that asked for uncommitted reservations only does not touch it.
	 */
	RESERVATION_COMMITTED("reservation-committed"),

	/** ABORTED: the product changed since the caller's version; re-read and retry. */
	VERSION_CONFLICT("version-conflict"),

	/** CANCELLED or DEADLINE_EXCEEDED: the caller gave up and what was done is undone. */
	ABANDONED("abandoned"),

	// Any service (issue 11: hardening).

	/**
	 * 413: the request body is larger than the service takes
	 * ({@code app.http.max-request-body}).
	 */
	PAYLOAD_TOO_LARGE("payload-too-large"),

	/** 503: the service's own database did not answer in time; retry shortly. */
	SERVICE_UNAVAILABLE("service-unavailable"),

	// The BFF (bff-gateway, ui-app).

	/** 503: a backend could not answer. */
	BACKEND_UNAVAILABLE("backend-unavailable"),

	/** 403: the user's role does not allow this. */
	FORBIDDEN("forbidden"),

	/** 401: no valid credentials. */
	UNAUTHORIZED("unauthorized");

	/** The base every problem type URI starts with. */
	public static final String BASE = "https://shop.example.com/problems/";

	/** The {@code ErrorInfo.domain} of the catalog's gRPC errors. */
	public static final String GRPC_DOMAIN = "catalog.shop.example.com";

	private final String slug;

	private final String reason;

	private final URI uri;

	ProblemType(String slug) {
		this(slug, null);
	}

	ProblemType(String slug, String reason) {
		this.slug = slug;
		this.reason = (reason != null) ? reason : name();
		this.uri = URI.create(BASE + slug);
	}

	/**
	 * The problem's {@code type}, for example
	 * {@code https://shop.example.com/problems/not-found}.
	 */
	public URI uri() {
		return this.uri;
	}

	/** The last segment of {@link #uri()}, for example {@code not-found}. */
	public String slug() {
		return this.slug;
	}

	/**
	 * The {@code google.rpc.ErrorInfo} reason of this problem on gRPC: the constant's
	 * name, but {@code INVALID_ARGUMENT} for {@link #VALIDATION}, as gRPC names it.
	 */
	public String reason() {
		return this.reason;
	}

	/**
	 * The type a problem's {@code type} names.
	 * @param uri the {@code type} member of a problem, possibly {@code null}
	 * @return the type, or empty for an unknown or missing one
	 */
	public static Optional<ProblemType> ofUri(String uri) {
		return Arrays.stream(values()).filter((type) -> type.uri.toString().equals(uri)).findFirst();
	}

	/**
	 * The type an {@code ErrorInfo} reason names.
	 * @param reason the reason, possibly {@code null}
	 * @return the type, or empty for an unknown or missing one
	 */
	public static Optional<ProblemType> ofReason(String reason) {
		return Arrays.stream(values()).filter((type) -> type.reason.equals(reason)).findFirst();
	}

}
