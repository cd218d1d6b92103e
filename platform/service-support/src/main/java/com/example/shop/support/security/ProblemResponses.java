package com.example.shop.support.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.example.shop.problems.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A request without a valid token is a 401 problem, one whose token lacks the right a 403
 * problem, both with the RFC 6750 {@code WWW-Authenticate} header Spring Security
 * computes. Written directly: a servlet error dispatch would lose the problem body.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.challenge.commence(request, response, authException);
		String detail = (authException instanceof InvalidBearerTokenException invalid)
				? "The bearer token is not valid: " + invalid.getMessage()
				: "Sign in: send a bearer token from the shop's identity provider";
		write(response, ProblemType.UNAUTHORIZED, 401, "Unauthorized", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.denied.handle(request, response, accessDeniedException);
		write(response, ProblemType.FORBIDDEN, 403, "Forbidden",
				"Your role may not do this (see docs/security.md for who may do what)");
	}

	private static void write(HttpServletResponse response, ProblemType type, int status, String title, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.uri().toString());
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
