package com.example.shop.e2e.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.example.shop.support.security.PasswordSignIn;

/**
 * The bearer token of the journeys' checks behind the UI's back (arranging customers and
 * products, reading what the backends hold): an admin's, as a person at a terminal gets
 * it. Against the suite's own system it signs the demo admin in at the local run's
 * identity provider, anew shortly before each token expires; against a deployment it is
 * {@code E2E_BACKEND_TOKEN}.
 */
public final class BackendToken implements Supplier<String> {

	private static final Duration MARGIN = Duration.ofMinutes(1);

	private final Supplier<PasswordSignIn.Tokens> signIn;

	private PasswordSignIn.Tokens current;

	private BackendToken(Supplier<PasswordSignIn.Tokens> signIn) {
		this.signIn = signIn;
	}

	/** Signs this user in at the provider whenever a fresh token is needed. */
	public static BackendToken signingIn(String issuer, String user, String password) {
		PasswordSignIn provider = new PasswordSignIn(URI.create(issuer), Duration.ofSeconds(10));
		return new BackendToken(() -> {
			try {
				return provider.signIn(PasswordSignIn.Client.shopCli(), user, password);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The identity provider at " + issuer + " did not answer", ex);
			}
		});
	}

	/** A token given from outside, for as long as it lasts. */
	public static BackendToken fixed(String token) {
		PasswordSignIn.Tokens tokens = new PasswordSignIn.Tokens(token, null, null, Instant.MAX);
		return new BackendToken(() -> tokens);
	}

	@Override
	public synchronized String get() {
		if (this.current == null || this.current.expiresAt().isBefore(Instant.now().plus(MARGIN))) {
			this.current = this.signIn.get();
		}
		return this.current.accessToken();
	}

}
