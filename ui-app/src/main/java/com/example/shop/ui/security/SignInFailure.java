package com.example.shop.ui.security;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What happens when the identity provider's answer does not sign a person in. Spring's
 * default sends them to a bare "Invalid credentials" page and logs nothing. This logs why
 * (the OAuth 2.0 error code, never a token or a name). When the sign-in's own state is
 * lost ({@code authorization_request_not_found}: the session that started it expired or
 * was replaced, say by a second tab), it starts the sign-in once more: the provider still
 * has the person's session, so they land where they were going. Any other failure, or the
 * same one twice within a minute, goes to the error page.
 *
 * @param signIn where a sign-in starts ({@code /oauth2/authorization/<registration>})
 */
record SignInFailure(String signIn) implements AuthenticationFailureHandler {

	static final String RETRIED_COOKIE = "shop-signin-retried";

	private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: exception.getClass().getSimpleName();
		boolean retried = request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch((c) -> RETRIED_COOKIE.equals(c.getName()));
		if ("authorization_request_not_found".equals(code) && !retried) {
			log.warn("Sign-in failed ({}): its state was lost; starting it again", code);
			Cookie once = new Cookie(RETRIED_COOKIE, "1");
			once.setPath("/");
			once.setMaxAge(60);
			once.setHttpOnly(true);
			response.addCookie(once);
			response.sendRedirect(request.getContextPath() + this.signIn);
			return;
		}
		log.warn("Sign-in failed ({}): {}", code, exception.getMessage());
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
