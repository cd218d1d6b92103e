package com.example.shop.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.support.security.TokenAuthentication;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * HTTP Basic with a demo user, in the local run only: the user name and password are
 * checked by signing in at the identity provider through its login form (its throttling
 * included), as the UI's client, and the request then carries that access token, exactly
 * as a bearer token would. Tokens are kept per user and password until shortly before
 * they expire, so the provider sees one sign-in per user and not one per request.
 */
final class DemoSignIn implements AuthenticationProvider {

	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final PasswordSignIn provider;

	private final PasswordSignIn.Client client;

	private final JwtDecoder decoder;

	private final TokenAuthentication tokens;

	private final Map<String, PasswordSignIn.Tokens> signedIn = new ConcurrentHashMap<>();

	DemoSignIn(PasswordSignIn provider, PasswordSignIn.Client client, JwtDecoder decoder, TokenAuthentication tokens) {
		this.provider = provider;
		this.client = client;
		this.decoder = decoder;
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		String key = user + ":" + sha256(password);
		PasswordSignIn.Tokens current = this.signedIn.get(key);
		if (current == null || current.expiresAt().isBefore(Instant.now().plus(MARGIN))) {
			try {
				current = this.provider.signIn(this.client, user, password);
			}
			catch (PasswordSignIn.Refused ex) {
				throw new BadCredentialsException("Wrong user name or password, or the account is locked", ex);
			}
			catch (IOException ex) {
				throw new AuthenticationServiceException("The identity provider did not answer", ex);
			}
			this.signedIn.put(key, current);
		}
		return this.tokens.convert(this.decoder.decode(current.accessToken()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
