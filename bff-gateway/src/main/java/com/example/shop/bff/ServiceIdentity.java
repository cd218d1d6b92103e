package com.example.shop.bff;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one seam for work with no person behind it (the saga reconciler): it runs as the
 * BFF itself, role {@code SERVICE} (docs/security.md). Today this names the caller in the
 * Reactor context; with tokens, the BFF's clients send the UI's client-credentials token
 * for exactly this authentication instead of relaying a user's.
 */
@Component
public class ServiceIdentity {

	/** The BFF's own role (docs/security.md). */
	public static final String ROLE = "SERVICE";

	/** The name the BFF acts under. */
	public static final String NAME = "ui-app";

	private static final Authentication SERVICE = UsernamePasswordAuthenticationToken.authenticated(NAME, null,
			List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));

	/** Runs {@code work} as the service. */
	public <T> Mono<T> asService(Mono<T> work) {
		return work.contextWrite(ReactiveSecurityContextHolder.withAuthentication(SERVICE));
	}

	/** Whether an authentication is the service's own. */
	public static boolean isService(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ("ROLE_" + ROLE).equals(authority.getAuthority()));
	}

}
