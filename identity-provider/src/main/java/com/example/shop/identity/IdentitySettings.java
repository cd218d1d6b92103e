package com.example.shop.identity;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the provider issues and to whom ({@code app.identity}).
 *
 * @param issuer the issuer identifier, the URL clients reach it at ({@code iss} of every
 * token)
 * @param audience the audience of every access token: the shop's backends
 * @param rolesClaim where the roles go in the tokens; a dotted path nests them
 * ({@code realm_access.roles}, as Keycloak writes them)
 * @param ui the UI's client
 * @param cli the terminal's client
 * @param users the people who may sign in
 * @param keyFile where the signing key is kept across restarts (a JWK set, created when
 * missing); without it the key lives as long as the process, and a restart ends every
 * session
 * @param dataDir where the provider keeps what people change of their accounts (their
 * language, {@code PUT /account/locale}) across restarts; without it such changes live as
 * long as the process
 * @param throttling how wrong passwords slow an account down
 */
@ConfigurationProperties("app.identity")
@Validated
public record IdentitySettings(@NotNull URI issuer, @NotBlank @DefaultValue("shop-api") String audience,
		@NotBlank @DefaultValue("roles") String rolesClaim, @NotNull @Valid Ui ui,
		@NotNull @Valid @DefaultValue Cli cli, @NotEmpty List<@Valid User> users, Path keyFile, Path dataDir,
		@NotNull @Valid @DefaultValue Throttling throttling) {

	/**
	 * The UI (and its BFF): authorization code with PKCE and refresh tokens for people,
	 * client credentials for its own work.
	 *
	 * @param clientId its client id ({@code azp} of its tokens)
	 * @param clientSecret its secret, never defaulted: the local run hands the same one
	 * to both sides
	 * @param redirectUris where a sign-in may return
	 * ({@code <ui>/login/oauth2/code/shop})
	 * @param postLogoutRedirectUris where a sign-out may return
	 * @param serviceRoles the roles of its client-credentials token
	 * @param accessTokenLifetime how long an access token lives (the BFF refreshes it)
	 * @param refreshTokenLifetime how long a sign-in may be refreshed
	 */
	public record Ui(@NotBlank @DefaultValue("ui-app") String clientId, @NotBlank String clientSecret,
			@NotEmpty List<URI> redirectUris, @DefaultValue List<URI> postLogoutRedirectUris,
			@DefaultValue("SERVICE") List<String> serviceRoles,
			@NotNull @DefaultValue("5m") Duration accessTokenLifetime,
			@NotNull @DefaultValue("8h") Duration refreshTokenLifetime) {
	}

	/**
	 * The terminal's public client: a person gets a bearer token for curl and grpcurl
	 * (authorization code with PKCE, no secret, a loopback redirect).
	 *
	 * @param clientId its client id
	 * @param redirectUri its redirect URI, never served: the code is read from it
	 * @param accessTokenLifetime how long its tokens live
	 */
	public record Cli(@NotBlank @DefaultValue("shop-cli") String clientId,
			@NotNull @DefaultValue("http://127.0.0.1/callback") URI redirectUri,
			@NotNull @DefaultValue("30m") Duration accessTokenLifetime) {
	}

	/**
	 * A person who may sign in.
	 *
	 * @param username the user name ({@code sub} of their tokens)
	 * @param password their password
	 * @param name their name for display
	 * @param roles their roles
	 * @param locale the language they start with ({@code en}, {@code ko}): the
	 * {@code locale} claim until they choose another
	 */
	public record User(@NotBlank String username, @NotBlank String password, @NotBlank String name,
			@NotEmpty List<String> roles, @NotBlank @DefaultValue("en") String locale) {
	}

	/**
	 * After {@code maxFailures} wrong passwords in a row an account is locked for
	 * {@code firstLock}, each further lock twice as long, up to {@code maxLock}; a right
	 * password during a lock is refused too.
	 *
	 * @param maxFailures wrong passwords before a lock
	 * @param firstLock the first lock's length
	 * @param maxLock the longest lock
	 */
	public record Throttling(@DefaultValue("5") int maxFailures, @NotNull @DefaultValue("30s") Duration firstLock,
			@NotNull @DefaultValue("15m") Duration maxLock) {
	}

}
