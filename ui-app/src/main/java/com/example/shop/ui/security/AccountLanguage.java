package com.example.shop.ui.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import com.example.shop.bff.AuthorizedClients;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Tells the person's identity provider the language they chose, so that it is theirs in
 * every browser: {@code PUT} {@code app.security.account-uri} ({@code {"locale":"ko"}})
 * with their own access token, refreshed first when it is about to expire. Only the
 * shop's own provider offers that address; with another issuer it is not configured, and
 * the language stays the browser's choice (the cookie) alone.
 */
public final class AccountLanguage {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final URI accountUri;

	private final AuthorizedClients clients;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	/**
	 * @param accountUri where the provider keeps the language; {@code null} when it does
	 * not
	 * @param clients the UI's authorized clients, which hold the signed-in people's
	 * tokens
	 */
	public AccountLanguage(URI accountUri, AuthorizedClients clients) {
		this.accountUri = accountUri;
		this.clients = clients;
	}

	/**
	 * Whether the provider keeps a person's language ({@code app.security.account-uri}).
	 */
	public boolean kept() {
		return this.accountUri != null;
	}

	/**
	 * Keeps the language with the person's account, off the calling thread.
	 * @param person who signed in to the UI (through the provider)
	 * @param language the language they chose
	 * @return empty once the provider has kept it; an error when it has not (no address
	 * configured, no token, the provider refused or did not answer)
	 */
	public Mono<Void> keep(Authentication person, Locale language) {
		return Mono.fromRunnable(() -> put(person, language)).subscribeOn(Schedulers.boundedElastic()).then();
	}

	private void put(Authentication person, Locale language) {
		if (this.accountUri == null) {
			throw new IllegalStateException("No app.security.account-uri: the provider keeps no language");
		}
		if (!(person instanceof OAuth2AuthenticationToken session)) {
			throw new IllegalStateException("Not signed in through the identity provider: " + person);
		}
		OAuth2AuthorizedClient client = this.clients.person(session);
		if (client == null) {
			throw new IllegalStateException("No token for " + session.getName() + ": the sign-in has ended");
		}
		HttpRequest request = HttpRequest.newBuilder(this.accountUri)
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + client.getAccessToken().getTokenValue())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"locale\":\"" + language.getLanguage() + "\"}"))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(
						"The provider did not keep the language: " + response.statusCode() + " " + response.body());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The provider at " + this.accountUri + " did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while telling the provider", ex);
		}
	}

}
