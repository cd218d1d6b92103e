package com.example.shop.bff;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The UI's one token manager hands out the tokens the UI keeps, a person's by their
 * session and the UI's own by its registration, without asking the provider while they
 * are valid (its token endpoint here answers nobody).
 */
class AuthorizedClientsTests {

	private static final String PROVIDER = "http://127.0.0.1:1/oauth2";

	private final ClientRegistration shop = ClientRegistration.withRegistrationId("shop")
		.clientId("ui-app")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/shop")
		.authorizationUri(PROVIDER + "/authorize")
		.tokenUri(PROVIDER + "/token")
		.build();

	private final ClientRegistration service = ClientRegistration.withRegistrationId("shop-service")
		.clientId("ui-app")
		.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
		.tokenUri(PROVIDER + "/token")
		.build();

	private final InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
			this.shop, this.service);

	private final InMemoryOAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(
			this.registrations);

	@Test
	void aPersonsSessionGetsTheTokenTheUiKeepsForThem() {
		OAuth2AuthenticationToken session = session("kim");
		this.tokens.saveAuthorizedClient(client(this.shop, "kim", "kims-token"), session);

		OAuth2AuthorizedClient client = AuthorizedClients.of(this.registrations, this.tokens).person(session);

		assertThat(client.getAccessToken().getTokenValue()).isEqualTo("kims-token");
	}

	@Test
	void theUisOwnTokenIsReusedWhileItIsValid() {
		OAuth2AuthorizedClient kept = client(this.service, "shop-service", "service-token");
		this.tokens.saveAuthorizedClient(kept,
				new OAuth2AuthenticationToken(
						new DefaultOAuth2User(AuthorityUtils.NO_AUTHORITIES, Map.of("sub", "shop-service"), "sub"),
						AuthorityUtils.NO_AUTHORITIES, "shop-service"));

		OAuth2AuthorizedClient client = AuthorizedClients.of(this.registrations, this.tokens).service("shop-service");

		assertThat(client.getAccessToken().getTokenValue()).isEqualTo("service-token");
	}

	@Test
	void withoutAnOauth2ClientNothingIsAuthorized() {
		AuthorizedClients none = AuthorizedClients.of(null, this.tokens);

		assertThat(none.configured()).isFalse();
		assertThat(AuthorizedClients.of(this.registrations, this.tokens).configured()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> none.person(session("kim")))
			.withMessageContaining("No OAuth2 client");
	}

	private static OAuth2AuthenticationToken session(String user) {
		DefaultOAuth2User person = new DefaultOAuth2User(AuthorityUtils.createAuthorityList("ROLE_SALES"),
				Map.of("sub", user), "sub");
		return new OAuth2AuthenticationToken(person, person.getAuthorities(), "shop");
	}

	private static OAuth2AuthorizedClient client(ClientRegistration registration, String principal, String token) {
		Instant now = Instant.now();
		return new OAuth2AuthorizedClient(registration, principal,
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now, now.plusSeconds(300)));
	}

}
