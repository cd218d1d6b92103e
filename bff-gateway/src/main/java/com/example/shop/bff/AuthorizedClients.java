package com.example.shop.bff;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The UI's one {@link OAuth2AuthorizedClientManager}: the access token of a person's
 * session (authorization code, refreshed with the refresh token when it is about to
 * expire) and the UI's own client-credentials token. The BFF's backend calls take their
 * tokens from it, and so does the UI where it calls the identity provider with a person's
 * token. It works off the request thread (the views' answers arrive on Reactor threads),
 * and may call the provider's token endpoint: never call it on a Reactor thread. One
 * bean, made by {@link BffConfiguration}.
 */
public final class AuthorizedClients {

	private final OAuth2AuthorizedClientManager manager;

	private AuthorizedClients(OAuth2AuthorizedClientManager manager) {
		this.manager = manager;
	}

	/**
	 * The manager over the UI's client registrations and the tokens it keeps.
	 * @param registrations the UI's client registrations; {@code null} where no OAuth2
	 * client is configured
	 * @param tokens the tokens the UI keeps; {@code null} where no OAuth2 client is
	 * configured
	 * @return the authorized clients, {@linkplain #configured() not configured} when
	 * either is missing
	 */
	public static AuthorizedClients of(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService tokens) {
		if (registrations == null || tokens == null) {
			return new AuthorizedClients(null);
		}
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, tokens);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken()
			.clientCredentials()
			.build());
		return new AuthorizedClients(manager);
	}

	/**
	 * Whether an OAuth2 client is configured; without one only relayed bearer tokens
	 * work.
	 */
	public boolean configured() {
		return this.manager != null;
	}

	/**
	 * The token of a person's UI session, refreshed first when it is about to expire.
	 * @param session the person, signed in to the UI through the provider
	 * @return the person's client, {@code null} when the session holds no token (signed
	 * out)
	 * @throws IllegalStateException when no OAuth2 client is configured
	 * @throws org.springframework.security.oauth2.client.ClientAuthorizationException
	 * when the token cannot be refreshed (the sign-in has expired)
	 */
	public OAuth2AuthorizedClient person(OAuth2AuthenticationToken session) {
		return authorize(OAuth2AuthorizeRequest.withClientRegistrationId(session.getAuthorizedClientRegistrationId())
			.principal(session)
			.build());
	}

	/**
	 * The UI's own client-credentials token, fetched once and reused until it is about to
	 * expire.
	 * @param registration the client registration of the UI's client-credentials grant
	 * @return the UI's client
	 * @throws IllegalStateException when no OAuth2 client is configured
	 */
	public OAuth2AuthorizedClient service(String registration) {
		return authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registration).principal(registration).build());
	}

	private OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest request) {
		if (this.manager == null) {
			throw new IllegalStateException("No OAuth2 client is configured");
		}
		return this.manager.authorize(request);
	}

}
