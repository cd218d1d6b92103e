package com.example.shop.fuzz;

import java.time.Duration;
import java.util.Optional;

import com.example.shop.testsupport.security.TestIssuer;

/**
 * The one place the suite's clients get their credentials: the value of the
 * {@code Authorization} header (REST) or the {@code authorization} metadata key (gRPC),
 * per API. Every service is a resource server trusting test-support's test issuer
 * ({@code ShopJars} and the UI started with its address), so a well-behaved caller sends
 * an admin's token issued to the UI's client: every operation, saga steps included, is
 * open to it, and a refusal is then the input's fault, never the caller's. It outlives
 * the longest run.
 */
final class Credentials {

	private static final String BEARER = "Bearer "
			+ TestIssuer.get().token("fuzz").roles("ADMIN").expiresIn(Duration.ofHours(2)).sign();

	private Credentials() {
	}

	/** The credentials a well-behaved caller of this API sends, if any. */
	static Optional<String> authorization(Api api) {
		return Optional.of(BEARER);
	}

}
