package com.example.shop.ui.security;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * When a person's tokens are forgotten. The BFF keeps a signed-in person's tokens by
 * their name (off the session, so Reactor threads reach them), and every session of that
 * person shares them: two tabs, a laptop and a tablet, or QA's parallel browsers signed
 * in as the same demo user. So the tokens go when the person's <em>last</em> session ends
 * (signed out, idle for 30 minutes, a closed tab reclaimed), not with any one of them:
 * one tab signing out must not leave another signed in but unable to reach a backend.
 */
final class PersonTokens {

	private final OAuth2AuthorizedClientService authorizedClients;

	/** Each person's open sessions, by the name the tokens are kept under. */
	private final ConcurrentMap<String, Set<String>> sessions = new ConcurrentHashMap<>();

	PersonTokens(OAuth2AuthorizedClientService authorizedClients) {
		this.authorizedClients = authorizedClients;
	}

	/**
	 * A request of this person in this session (their sign-in gave it its id);
	 * repeatable.
	 */
	void signedIn(OAuth2AuthenticationToken person, String sessionId) {
		this.sessions.compute(person.getName(), (name, open) -> {
			Set<String> ids = (open != null) ? open : new HashSet<>();
			ids.add(sessionId);
			return ids;
		});
	}

	/**
	 * One of a person's sessions ended; the tokens go with the last. Repeating it (a
	 * sign-out, then the session's end) changes nothing more.
	 */
	void sessionEnded(OAuth2AuthenticationToken person, String sessionId) {
		this.sessions.compute(person.getName(), (name, open) -> {
			if (open == null || !open.remove(sessionId)) {
				// Ended already (a sign-out, then the session's end): forgotten then.
				return open;
			}
			if (open.isEmpty()) {
				forget(person);
				return null;
			}
			return open;
		});
	}

	/** How many sessions the person has open, for tests and the log. */
	int openSessions(String name) {
		Set<String> open = this.sessions.get(name);
		return (open != null) ? open.size() : 0;
	}

	private void forget(OAuth2AuthenticationToken person) {
		this.authorizedClients.removeAuthorizedClient(person.getAuthorizedClientRegistrationId(), person.getName());
	}

}
