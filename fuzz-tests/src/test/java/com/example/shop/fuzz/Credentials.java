package com.example.shop.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one place the suite's clients get their credentials: the value of the
 * {@code Authorization} header (REST) or the {@code authorization} metadata key (gRPC),
 * per API. Today the backends take anonymous calls and {@code /bff/v1} takes the local
 * run's demo users over HTTP Basic; when the backends become resource servers, this is
 * where a token from test-support's test issuer goes, and nowhere else.
 */
final class Credentials {

	private Credentials() {
	}

	/** The credentials a well-behaved caller of this API sends, if any. */
	static Optional<String> authorization(Api api) {
		return switch (api) {
			case ORDERS, BILLING, CATALOG -> Optional.empty();
			case BFF -> Optional.of(basic("admin", "demo"));
		};
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
