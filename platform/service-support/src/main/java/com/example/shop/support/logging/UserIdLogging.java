package com.example.shop.support.logging;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's id (the token's {@code sub}) into the logging context as
 * {@code userId} for the rest of the request, after Spring Security has read the token or
 * the session: every log line of the request carries it (the ECS JSON lines as a field,
 * the console in its correlation part). Nothing else about the user goes there.
 */
public final class UserIdLogging extends OncePerRequestFilter {

	/** The logging context's key. */
	public static final String KEY = "userId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = userId(SecurityContextHolder.getContext().getAuthentication());
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		try (MDC.MDCCloseable ignored = MDC.putCloseable(KEY, user)) {
			chain.doFilter(request, response);
		}
	}

	/** The subject of a bearer token or an OpenID Connect sign-in, else the user name. */
	static String userId(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Jwt jwt) {
			return jwt.getSubject();
		}
		if (principal instanceof OAuth2AuthenticatedPrincipal oauth && oauth.getAttribute("sub") != null) {
			return String.valueOf((Object) oauth.getAttribute("sub"));
		}
		return authentication.getName();
	}

}
