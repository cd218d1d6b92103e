package com.example.shop.ui.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's tokens are shared by all their sessions and forgotten with the last: QA's
 * parallel browsers signed in as one demo user, and a closed tab reclaimed in one of them
 * left the others signed in but refused by every backend.
 */
class PersonTokensTests {

	private final ClientRegistration shop = ClientRegistration.withRegistrationId("shop")
		.clientId("ui-app")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("http://localhost/login/oauth2/code/shop")
		.authorizationUri("http://localhost/oauth2/authorize")
		.tokenUri("http://localhost/oauth2/token")
		.build();

	private final InMemoryOAuth2AuthorizedClientService clients = new InMemoryOAuth2AuthorizedClientService(
			new InMemoryClientRegistrationRepository(this.shop));

	private final PersonTokens tokens = new PersonTokens(this.clients);

	private final OAuth2AuthenticationToken sales = signedIn("sales");

	@Test
	void oneOfTwoSessionsEndingKeepsTheTokensForTheOther() {
		this.tokens.signedIn(this.sales, "tab-1");
		this.tokens.signedIn(this.sales, "tab-2");

		this.tokens.sessionEnded(this.sales, "tab-1");

		assertThat(stored("sales")).isNotNull();
		assertThat(this.tokens.openSessions("sales")).isEqualTo(1);
	}

	@Test
	void theLastSessionEndingForgetsTheTokensAndSayingItTwiceChangesNothing() {
		this.tokens.signedIn(this.sales, "tab-1");
		this.tokens.signedIn(this.sales, "tab-2");

		this.tokens.sessionEnded(this.sales, "tab-1");
		this.tokens.sessionEnded(this.sales, "tab-2");
		assertThat(stored("sales")).isNull();

		this.tokens.signedIn(this.sales, "tab-3");
		store("sales");
		this.tokens.sessionEnded(this.sales, "tab-2");
		assertThat(stored("sales")).as("a new sign-in's tokens outlive an old session's second end").isNotNull();
	}

	@Test
	void anotherPersonsSessionsAreTheirOwn() {
		OAuth2AuthenticationToken billing = signedIn("billing");
		this.tokens.signedIn(this.sales, "s-1");
		this.tokens.signedIn(billing, "b-1");

		this.tokens.sessionEnded(billing, "b-1");

		assertThat(stored("billing")).isNull();
		assertThat(stored("sales")).isNotNull();
	}

	private OAuth2AuthenticationToken signedIn(String name) {
		store(name);
		return new OAuth2AuthenticationToken(
				new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("ROLE_SALES")), Map.of("sub", name), "sub"),
				List.of(new SimpleGrantedAuthority("ROLE_SALES")), "shop");
	}

	private void store(String name) {
		OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-of-" + name,
				Instant.now(), Instant.now().plusSeconds(300));
		this.clients.saveAuthorizedClient(new OAuth2AuthorizedClient(this.shop, name, token),
				new OAuth2AuthenticationToken(new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("ROLE_SALES")),
						Map.of("sub", name), "sub"), List.of(), "shop"));
	}

	private OAuth2AuthorizedClient stored(String name) {
		return this.clients.loadAuthorizedClient("shop", name);
	}

}
