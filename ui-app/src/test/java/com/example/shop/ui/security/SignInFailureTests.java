package com.example.shop.ui.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

class SignInFailureTests {

	private final SignInFailure failure = new SignInFailure("/oauth2/authorization/shop");

	@Test
	void aSignInWhoseStateWasLostStartsOnceMore() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.failure.onAuthenticationFailure(new MockHttpServletRequest(), response,
				new OAuth2AuthenticationException(new OAuth2Error("authorization_request_not_found")));

		assertThat(response.getRedirectedUrl()).isEqualTo("/oauth2/authorization/shop");
		assertThat(response.getCookie(SignInFailure.RETRIED_COOKIE)).isNotNull();
	}

	@Test
	void theSameFailureRightAfterARetryAndAnyOtherGoToTheErrorPage() throws Exception {
		MockHttpServletRequest retried = new MockHttpServletRequest();
		retried.setCookies(new Cookie(SignInFailure.RETRIED_COOKIE, "1"));
		MockHttpServletResponse again = new MockHttpServletResponse();
		MockHttpServletResponse other = new MockHttpServletResponse();

		this.failure.onAuthenticationFailure(retried, again,
				new OAuth2AuthenticationException(new OAuth2Error("authorization_request_not_found")));
		this.failure.onAuthenticationFailure(new MockHttpServletRequest(), other,
				new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token")));

		assertThat(again.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(other.getRedirectedUrl()).isEqualTo("/login?error");
	}

}
