package com.example.shop.localrun;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.example.shop.support.security.PasswordSignIn;

/**
 * The local run's identity provider and how every service is pointed at it: the issuer
 * they trust, the UI's client secret (made for this run and handed to both sides), the
 * UI's addresses the provider may send a browser back to, the signing key kept in the
 * data directory so a restart ends no session, and the languages people choose kept there
 * too (the UI tells the provider's {@code /account/locale}). With {@code --other-issuer}
 * the provider runs its second configuration (another issuer, client id and roles claim),
 * and the services follow by their settings alone.
 */
final class Identity {

	static final String NAME = "identity";

	static final String CLI_CLIENT = "shop-cli";

	/** The demo users' password (public: the local run only). */
	static final String PASSWORD = "demo";

	private final LocalSettings settings;

	private final boolean otherIssuer;

	private final String uiSecret = UUID.randomUUID().toString();

	Identity(LocalSettings settings, boolean otherIssuer) {
		this.settings = settings;
		this.otherIssuer = otherIssuer;
	}

	/** The issuer every service trusts. */
	String issuer() {
		return this.otherIssuer ? "http://localhost:" + this.settings.identityPort()
				: this.settings.url(this.settings.identityPort());
	}

	ServiceDefinition provider() {
		LocalSettings s = this.settings;
		String ui = "/login/oauth2/code/shop";
		List<String> arguments = new ArrayList<>(List.of("--server.address=" + s.bindAddress(),
				"--server.port=" + s.identityPort(), "--app.identity.ui.client-secret=" + this.uiSecret,
				"--app.identity.ui.redirect-uris=" + s.url(s.uiPort()) + ui + ",http://localhost:" + s.uiPort() + ui,
				"--app.identity.ui.post-logout-redirect-uris=" + s.url(s.uiPort()) + "/,http://localhost:" + s.uiPort()
						+ "/",
				"--app.identity.key-file=" + s.home().toAbsolutePath().resolve("identity/signing-key.json"),
				// The languages people choose in the UI, kept across restarts (--reset
				// forgets them with the key).
				"--app.identity.data-dir=" + s.home().toAbsolutePath().resolve("identity")));
		arguments.add(this.otherIssuer ? "--spring.profiles.active=other-issuer" : "--app.identity.issuer=" + issuer());
		return new ServiceDefinition(NAME, Path.of("identity-provider/target/identity-provider.jar"), arguments,
				URI.create(s.url(s.identityPort()) + "/actuator/health/readiness"), DemoSeeder.NONE,
				List.of(issuer() + "/.well-known/openid-configuration" + (this.otherIssuer ? " (other-issuer)" : "")));
	}

	/** A service's arguments, with what makes it trust this provider's tokens. */
	List<String> withTokens(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		all.add("--app.security.issuer-uri=" + issuer());
		if (this.otherIssuer) {
			all.add("--app.security.roles-claim=realm_access.roles");
			all.add("--app.security.bff-client-id=shop-ui");
		}
		return all;
	}

	/**
	 * The UI's arguments, with its client secret, the provider's account address (a
	 * chosen language is kept there) and the demo users' HTTP Basic on /bff/v1 (the local
	 * run only).
	 */
	List<String> ui(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		all.add("--app.security.client-secret=" + this.uiSecret);
		// The provider keeps a person's chosen language: the UI tells it at the switch.
		all.add("--app.security.account-uri=" + issuer() + "/account/locale");
		all.add("--app.security.demo-users.enabled=true");
		all.add("--app.security.demo-users.redirect-uri=" + this.settings.url(this.settings.uiPort())
				+ "/login/oauth2/code/shop");
		return all;
	}

	/**
	 * A bearer token for a demo user, as the terminal client gets it (for curl and
	 * grpcurl against the backends).
	 */
	String token(String user, String password) throws IOException {
		return new PasswordSignIn(URI.create(issuer()), Duration.ofSeconds(10))
			.signIn(PasswordSignIn.Client.shopCli(), user, password)
			.accessToken();
	}

}
