package com.example.shop.e2e.data;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * What every name, email and SKU the suite creates starts with: {@code E2E-} and a token
 * unique to this run (for example {@code E2E-K3Q7ZT}). On a shared environment a run's
 * data is easy to find, and two runs never collide. Within a run, each item adds its own
 * sequence number, so tests running in parallel never collide either.
 */
public final class RunPrefix {

	private static final String TOKEN = token();

	private RunPrefix() {
	}

	/** {@code E2E-} and this run's token. */
	public static String value() {
		return "E2E-" + TOKEN;
	}

	private static String token() {
		String configured = System.getProperty("e2e.run-token", "");
		if (!configured.isBlank()) {
			return configured.toUpperCase(Locale.ROOT);
		}
		SecureRandom random = new SecureRandom();
		StringBuilder token = new StringBuilder();
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		for (int i = 0; i < 6; i++) {
			token.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return token.toString();
	}

}
