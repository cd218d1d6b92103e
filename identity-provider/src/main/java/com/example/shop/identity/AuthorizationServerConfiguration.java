package com.example.shop.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.support.security.RestSecurity;
import com.example.shop.support.security.SecuritySettings;
import com.example.shop.support.security.TokenAuthentication;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server: its endpoints (discovery, authorize, token, keys, user info,
 * RP-initiated logout) in one filter chain, the login form (with CSRF, throttled) in the
 * other; the two clients; and what goes into the tokens: every access token is for the
 * shop's backends ({@code aud} = {@code shop-api}), names its client ({@code azp}) and
 * carries the roles in the configured claim; ID tokens add the person's name and language
 * (the one they chose last, {@link ChosenLanguages}). A third chain is the person's
 * account ({@code PUT /account/locale}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// The user info endpoint takes the access token.
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			// A browser (or a program asking for HTML) is sent to sign in first.
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	/**
	 * A person's account ({@code /account/**}, {@link AccountController}): a resource
	 * server as every backend is ({@link RestSecurity}: stateless, bearer tokens only,
	 * refusals as problems), taking only this provider's access tokens for the shop
	 * ({@code iss} and {@code aud} = {@code shop-api} checked), read by the same
	 * {@link TokenAuthentication} the backends use.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain account(HttpSecurity http, IdentitySettings settings, JWKSource<SecurityContext> keys,
			Environment environment) throws Exception {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
				new JwtIssuerValidator(settings.issuer().toString()), new JwtAudienceValidator(settings.audience())));
		TokenAuthentication tokens = new TokenAuthentication(
				new SecuritySettings(settings.rolesClaim(), "azp", settings.ui().clientId()));
		http.securityMatcher("/account/**").oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.decoder(decoder)));
		return RestSecurity.resourceServer(http, tokens, environment,
				(requests) -> requests.requestMatchers(HttpMethod.PUT, "/account/locale").authenticated());
	}

	/** The login form (CSRF on, as Spring Security has it) and health. */
	@Bean
	@Order(3)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(Customizer.withDefaults())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ChosenLanguages chosenLanguages(IdentitySettings settings) {
		return new ChosenLanguages(settings.dataDir());
	}

	@Bean
	DemoUsers demoUsers(IdentitySettings settings, PasswordEncoder encoder) {
		return new DemoUsers(settings, encoder);
	}

	@Bean
	LoginThrottle loginThrottle(IdentitySettings settings, DemoUsers users, Clock clock) {
		return new LoginThrottle(settings, users, clock);
	}

	/** Passwords are checked only for an account the throttle has not locked. */
	@Bean
	DaoAuthenticationProvider passwords(DemoUsers users, PasswordEncoder encoder, LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks(throttle);
		return provider;
	}

	@Bean
	RegisteredClientRepository clients(IdentitySettings settings, PasswordEncoder encoder) {
		IdentitySettings.Ui ui = settings.ui();
		RegisteredClient uiApp = RegisteredClient.withId(ui.clientId())
			.clientId(ui.clientId())
			.clientSecret(encoder.encode(ui.clientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.redirectUris((uris) -> ui.redirectUris().forEach((uri) -> uris.add(uri.toString())))
			.postLogoutRedirectUris((uris) -> ui.postLogoutRedirectUris().forEach((uri) -> uris.add(uri.toString())))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(ui.accessTokenLifetime())
				.refreshTokenTimeToLive(ui.refreshTokenLifetime())
				.reuseRefreshTokens(false)
				.build())
			.build();
		IdentitySettings.Cli cli = settings.cli();
		RegisteredClient shopCli = RegisteredClient.withId(cli.clientId())
			.clientId(cli.clientId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(cli.redirectUri().toString())
			.scope(OidcScopes.OPENID)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(cli.accessTokenLifetime()).build())
			.build();
		return new InMemoryRegisteredClientRepository(uiApp, shopCli);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentitySettings settings) {
		return AuthorizationServerSettings.builder().issuer(settings.issuer().toString()).build();
	}

	@Bean
	JWKSource<SecurityContext> signingKeys(IdentitySettings settings) throws IOException, JOSEException {
		return new ImmutableJWKSet<>(keys(settings.keyFile()));
	}

	/**
	 * The signing key: kept in {@code key-file} when one is configured (the local run's
	 * sessions survive a restart of the provider), else made for this process.
	 */
	static JWKSet keys(Path file) throws IOException, JOSEException {
		if (file != null && Files.isRegularFile(file)) {
			try {
				return JWKSet.parse(Files.readString(file));
			}
			catch (ParseException ex) {
				throw new IOException("The signing key in " + file + " cannot be read: " + ex.getMessage(), ex);
			}
		}
		JWKSet keys = new JWKSet(new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate());
		if (file != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, keys.toString(false));
		}
		return keys;
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> shopClaims(IdentitySettings settings, DemoUsers users,
			ChosenLanguages languages) {
		return (context) -> {
			String client = context.getRegisteredClient().getClientId();
			boolean service = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
			List<String> roles = List.of();
			if (service) {
				roles = client.equals(settings.ui().clientId()) ? settings.ui().serviceRoles() : List.of();
			}
			else {
				var person = users.find(context.getPrincipal().getName());
				if (person.isPresent()) {
					roles = person.get().roles();
					context.getClaims().claim("preferred_username", person.get().username());
					if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
						context.getClaims().claim("name", person.get().name());
						// The language they chose last, else the one they started with.
						context.getClaims()
							.claim("locale", languages.of(person.get().username()).orElse(person.get().locale()));
					}
				}
			}
			claimAt(context.getClaims()::claim, settings.rolesClaim(), roles);
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().audience(List.of(settings.audience()));
				context.getClaims().claim("azp", client);
			}
		};
	}

	/** Puts a value at a dotted path: {@code realm_access.roles} nests it. */
	private static void claimAt(java.util.function.BiConsumer<String, Object> claims, String path, Object value) {
		String[] steps = path.split("\\.");
		Object nested = value;
		for (int i = steps.length - 1; i > 0; i--) {
			Map<String, Object> object = new LinkedHashMap<>();
			object.put(steps[i], nested);
			nested = object;
		}
		claims.accept(steps[0], nested);
	}

}
