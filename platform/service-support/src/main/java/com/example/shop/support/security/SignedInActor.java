package com.example.shop.support.security;

import com.example.shop.support.audit.Actor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Actor} of a service: the authenticated caller of the current request (the
 * token's {@code sub}, see {@link TokenAuthentication}), or the application's own name
 * for work no request started (a scheduled sweeper).
 */
public final class SignedInActor implements Actor {

	private final String application;

	public SignedInActor(String application) {
		this.application = Actor.fit(application);
	}

	@Override
	public String name() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated() || caller.getName() == null || caller.getName().isBlank()) {
			return this.application;
		}
		return Actor.fit(caller.getName());
	}

}
