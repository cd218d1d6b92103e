package com.example.shop.bff.backend;

import java.util.concurrent.Callable;

import com.example.shop.bff.AuthorizedClients;
import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.Caller;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.ContextView;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The token a backend call carries, by its {@link Caller}: a person who came with a
 * bearer token (or HTTP Basic in the local run, which signs in at the provider) has it
 * relayed as it is; a person signed in to the UI has the access token of their session,
 * refreshed by the UI's {@link AuthorizedClients} when it is about to expire; the UI's
 * own work gets its client-credentials token from the same manager. The token travels to
 * the transport in the Reactor context ({@link #BEARER}), where one filter (REST) and one
 * interceptor (gRPC) put it on the wire.
 */
final class Credentials {

	/** The Reactor context key of the bearer token for the call under way. */
	static final String BEARER = Credentials.class.getName() + ".bearer";

	private final AuthorizedClients clients;

	private final String serviceRegistration;

	/**
	 * @param clients the UI's authorized clients (without an OAuth2 client configured
	 * only relayed bearer tokens work)
	 * @param serviceRegistration the client registration of the UI's client-credentials
	 * grant
	 */
	Credentials(AuthorizedClients clients, String serviceRegistration) {
		this.clients = clients;
		this.serviceRegistration = serviceRegistration;
	}

	/**
	 * The bearer token for a call to {@code backend} made in this context.
	 * @return the token, or a {@link BackendFailure}: {@code FORBIDDEN} when nobody is
	 * signed in or the sign-in has expired, unavailable when the identity provider does
	 * not answer
	 */
	Mono<String> bearer(ContextView context, String backend) {
		Caller caller = Caller.of(context).orElse(null);
		return switch (caller) {
			case Caller.Service service -> authorize(() -> this.clients.service(this.serviceRegistration), backend);
			case Caller.Person(JwtAuthenticationToken jwt) -> Mono.just(jwt.getToken().getTokenValue());
			case Caller.Person(OAuth2AuthenticationToken session) ->
				authorize(() -> this.clients.person(session), backend);
			case Caller.Person(Authentication other) -> Mono.error(notSignedIn(backend,
					"the caller " + other.getName() + " signed in without a token the backends accept"));
			case null -> Mono.error(notSignedIn(backend, "nobody is signed in"));
		};
	}

	private Mono<String> authorize(Callable<OAuth2AuthorizedClient> client, String backend) {
		if (!this.clients.configured()) {
			return Mono.error(notSignedIn(backend, "no OAuth2 client is configured"));
		}
		// The manager may call the provider's token endpoint (a refresh, client
		// credentials): never on a Reactor thread.
		return Mono.fromCallable(client)
			.subscribeOn(Schedulers.boundedElastic())
			.map(OAuth2AuthorizedClient::getAccessToken)
			.map((token) -> token.getTokenValue())
			.switchIfEmpty(Mono.error(() -> notSignedIn(backend, "the sign-in has no token (sign in again)")))
			.onErrorMap((ex) -> !(ex instanceof BackendFailure),
					(ex) -> (ex instanceof ClientAuthorizationException)
							? notSignedIn(backend, "the sign-in has expired; sign in again (" + ex.getMessage() + ")")
							: new BackendUnavailable(backend,
									"No token for " + backend + ": the identity provider did not answer", ex));
	}

	private static BackendRefusal notSignedIn(String backend, String why) {
		return new BackendRefusal(backend, BackendRefusal.Kind.FORBIDDEN, "unauthorized", null, "Not called: " + why,
				java.util.List.of(), java.util.Map.of(), null);
	}

}
