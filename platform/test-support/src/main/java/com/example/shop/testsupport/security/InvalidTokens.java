package com.example.shop.testsupport.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Every way a call can fail to carry a valid token, each otherwise allowed everything
 * (role {@code ADMIN}, issued to the UI's client): a service must refuse each with 401
 * (REST) or {@code UNAUTHENTICATED} (gRPC), and change nothing.
 */
public final class InvalidTokens {

	private InvalidTokens() {
	}

	/** Description to token ({@code null}: no token at all). */
	public static Map<String, String> all() {
		TestIssuer issuer = TestIssuer.get();
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("no token", null);
		tokens.put("an expired token", issuer.token("admin").roles("ADMIN").expiredFor(Duration.ofMinutes(5)).sign());
		tokens.put("a token from another issuer", TestIssuer.untrusted().tokenFor("admin", "ADMIN"));
		tokens.put("a token naming another issuer",
				issuer.token("admin").roles("ADMIN").claimingIssuer("https://login.example.com/realms/shop").sign());
		tokens.put("a token for another audience", issuer.token("admin").roles("ADMIN").audience("billing-api").sign());
		tokens.put("a token with a forged signature", forged(issuer.tokenFor("admin", "ADMIN")));
		tokens.put("something that is no token", "not-a-token");
		return tokens;
	}

	/**
	 * {@link #all()} as arguments description and token, for a parameterised test's
	 * {@code @MethodSource("com.example.shop.testsupport.security.InvalidTokens#arguments")}.
	 */
	public static Stream<Arguments> arguments() {
		return all().entrySet().stream().map((e) -> Arguments.of(e.getKey(), e.getValue()));
	}

	/** The same claims with a character in the middle of the signature changed. */
	private static String forged(String token) {
		int at = token.lastIndexOf('.') + 20;
		char changed = (token.charAt(at) == 'A') ? 'B' : 'A';
		return token.substring(0, at) + changed + token.substring(at + 1);
	}

}
