package com.example.shop.support.problem;

import java.net.URI;

/**
 * Stable problem {@code type} URIs shared by every REST backend. Clients switch on these,
 * never on titles or details, so a slug here is never renamed once released.
 */
public final class ProblemTypes {

	public static final String BASE = "https://shop.example.com/problems/";

	public static final URI VALIDATION = of("validation");

	public static final URI MALFORMED_REQUEST = of("malformed-request");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI CONFLICT = of("conflict");

	public static final URI INVALID_STATE_TRANSITION = of("invalid-state-transition");

	public static final URI VERSION_MISMATCH = of("version-mismatch");

	public static final URI PRECONDITION_REQUIRED = of("precondition-required");

	public static final URI IDEMPOTENCY_KEY_REQUIRED = of("idempotency-key-required");

	public static final URI IDEMPOTENCY_KEY_REUSED = of("idempotency-key-reused");

	public static final URI IDEMPOTENCY_IN_FLIGHT = of("idempotency-request-in-flight");

	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	public static final URI NOT_ACCEPTABLE = of("not-acceptable");

	public static final URI INTERNAL = of("internal-error");

	private ProblemTypes() {
	}

	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}

}
