package com.example.shop.ui.security;

import java.io.IOException;

import com.example.shop.problems.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API call without valid credentials with a 401 problem and a challenge
 * ({@code Bearer}; also {@code Basic} where the demo users are on), written directly: the
 * default entry point's {@code sendError} would dispatch to {@code /error}, which the
 * UI's chain turns into a redirect to the sign-in, and an API client must never be
 * redirected to HTML.
 *
 * @param basic whether the challenge offers {@code Basic} too (the demo users are on)
 */
record ProblemEntryPoint(boolean basic) implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shop\"");
		if (this.basic) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"shop\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("""
					{"type":"%s","title":"Unauthorized","status":401,"detail":"Sign in: send a bearer token from the shop's identity provider"}"""
				.formatted(ProblemType.UNAUTHORIZED.uri()));
	}

}
