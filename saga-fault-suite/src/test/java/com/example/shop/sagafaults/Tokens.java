package com.example.shop.sagafaults;

import java.time.Duration;
import java.util.Locale;

import com.example.shop.testsupport.security.TestIssuer;

/**
 * The suite's bearer tokens, from test-support's test issuer, which every service of the
 * system trusts ({@link SagaSystem}): a person signed in through the UI (its client, so
 * the saga steps the BFF runs for them are allowed), with the role their demo name says.
 * They outlive the longest run.
 */
final class Tokens {

	private Tokens() {
	}

	/**
	 * The bearer token of the demo user {@code sales}, {@code billing} or {@code admin}.
	 */
	static String of(String user) {
		return TestIssuer.get().token(user).roles(user.toUpperCase(Locale.ROOT)).expiresIn(Duration.ofHours(2)).sign();
	}

}
