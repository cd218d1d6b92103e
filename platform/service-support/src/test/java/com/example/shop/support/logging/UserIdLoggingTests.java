package com.example.shop.support.logging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** Each request's log lines name its user by id, and only while it runs. */
class UserIdLoggingTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aBearerTokensSubjectIsTheUserIdWhileTheRequestRuns() throws Exception {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "none")
			.subject("3f2a-user")
			.claim("name", "Kim Min-jun")
			.issuedAt(Instant.now())
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));

		assertThat(userIdSeenByTheRequest()).isEqualTo("3f2a-user");
		assertThat(MDC.get(UserIdLogging.KEY)).isNull();
	}

	@Test
	void anOpenIdConnectSignInIsNamedByItsSubjectNotItsName() throws Exception {
		DefaultOAuth2AuthenticatedPrincipal user = new DefaultOAuth2AuthenticatedPrincipal("Kim Min-jun",
				Map.of("sub", "9c1e-user", "name", "Kim Min-jun"), List.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));

		assertThat(userIdSeenByTheRequest()).isEqualTo("9c1e-user");
	}

	@Test
	void anAnonymousRequestHasNoUserId() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThat(userIdSeenByTheRequest()).isNull();
	}

	private static String userIdSeenByTheRequest() throws Exception {
		AtomicReference<String> seen = new AtomicReference<>();
		new UserIdLogging().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> seen.set(MDC.get(UserIdLogging.KEY)));
		return seen.get();
	}

}
