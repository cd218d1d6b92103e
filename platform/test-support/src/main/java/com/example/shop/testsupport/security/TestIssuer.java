package com.example.shop.testsupport.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID Connect issuer on loopback for tests: its own signing key, discovery
 * ({@code /.well-known/openid-configuration}), the key set ({@code /jwks}) and a token
 * endpoint for the client-credentials and refresh-token grants. Tests mint tokens with
 * any subject, roles, authorized party, audience and expiry ({@link #token(String)}), so
 * every test that calls a backend directly carries a real, signed token, and services
 * under test check it exactly as they check the identity provider's: signature from the
 * key set, issuer, audience, expiry. One per test JVM ({@link #get()}); a second one with
 * other keys ({@link #untrusted()}) plays "a token from another issuer".
 *
 * <p>
 * Services trust it when {@code app.security.issuer-uri} is {@link #issuerUri()}
 * ({@link #properties()}, or {@link TrustsTestIssuer} on a Spring test).
 */
public final class TestIssuer {

	/** The audience every backend requires. */
	public static final String AUDIENCE = "shop-api";

	/** The UI's (the BFF's) client id: {@code azp} of its tokens. */
	public static final String BFF_CLIENT = "ui-app";

	/** The terminal client's id: tokens people use at a shell. */
	public static final String CLI_CLIENT = "shop-cli";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private final RSAKey key;

	private final HttpServer server;

	private final String issuer;

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private TestIssuer() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort();
		this.server.createContext("/.well-known/openid-configuration", (exchange) -> json(exchange, 200, discovery()));
		this.server.createContext("/jwks",
				(exchange) -> json(exchange, 200, new JWKSet(this.key.toPublicJWK()).toJSONObject()));
		this.server.createContext("/token", this::tokenEndpoint);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.start();
	}

	/** The issuer the services under test trust, started on first use. */
	public static TestIssuer get() {
		return Trusted.ISSUER;
	}

	/** Another issuer with its own keys, which no service trusts. */
	public static TestIssuer untrusted() {
		return Untrusted.ISSUER;
	}

	private static final class Trusted {

		static final TestIssuer ISSUER = new TestIssuer();

	}

	private static final class Untrusted {

		static final TestIssuer ISSUER = new TestIssuer();

	}

	/** {@code http://127.0.0.1:<port>}, the {@code iss} of its tokens. */
	public String issuerUri() {
		return this.issuer;
	}

	/** The Spring property that makes a service trust this issuer. */
	public Map<String, Object> properties() {
		return Map.of("app.security.issuer-uri", this.issuer);
	}

	/**
	 * A token for a person signed in through the UI ({@code azp} = {@code ui-app}) with
	 * these roles, valid for ten minutes.
	 */
	public String tokenFor(String subject, String... roles) {
		return token(subject).roles(roles).sign();
	}

	/** What the UI's client-credentials grant returns: role {@code SERVICE}. */
	public String serviceToken() {
		return token(BFF_CLIENT).roles("SERVICE").sign();
	}

	/**
	 * A token to shape: by default {@code aud} = {@code shop-api}, {@code azp} =
	 * {@code ui-app}, no roles, valid for ten minutes.
	 */
	public Token token(String subject) {
		return new Token(subject);
	}

	/** How many times the token endpoint was called (refreshes, client credentials). */
	public int tokenRequests() {
		return this.tokenRequests.get();
	}

	private Map<String, Object> discovery() {
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("issuer", this.issuer);
		discovery.put("authorization_endpoint", this.issuer + "/authorize");
		discovery.put("token_endpoint", this.issuer + "/token");
		discovery.put("jwks_uri", this.issuer + "/jwks");
		discovery.put("userinfo_endpoint", this.issuer + "/userinfo");
		discovery.put("end_session_endpoint", this.issuer + "/logout");
		discovery.put("response_types_supported", List.of("code"));
		discovery.put("grant_types_supported", List.of("authorization_code", "client_credentials", "refresh_token"));
		discovery.put("subject_types_supported", List.of("public"));
		discovery.put("id_token_signing_alg_values_supported", List.of("RS256"));
		discovery.put("scopes_supported", List.of("openid", "profile"));
		discovery.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		discovery.put("code_challenge_methods_supported", List.of("S256"));
		return discovery;
	}

	/**
	 * Client credentials (any client and secret: tests configure their own) and refresh
	 * tokens this issuer minted.
	 */
	private void tokenEndpoint(HttpExchange exchange) throws IOException {
		this.tokenRequests.incrementAndGet();
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String client = client(exchange, form);
		Map<String, Object> answer = new LinkedHashMap<>();
		switch (form.getOrDefault("grant_type", "")) {
			case "client_credentials" -> answer.put("access_token", token(client).azp(client).roles("SERVICE").sign());
			case "refresh_token" -> {
				JWTClaimsSet refresh = verify(form.getOrDefault("refresh_token", ""));
				if (refresh == null || !"refresh".equals(refresh.getClaim("token_use"))) {
					json(exchange, 400, Map.of("error", "invalid_grant"));
					return;
				}
				List<String> roles = stringList(refresh.getClaim("roles"));
				answer.put("access_token",
						token(refresh.getSubject()).azp(client).roles(roles.toArray(String[]::new)).sign());
				answer.put("refresh_token", refreshToken(refresh.getSubject(), roles.toArray(String[]::new)));
			}
			default -> {
				json(exchange, 400, Map.of("error", "unsupported_grant_type"));
				return;
			}
		}
		answer.put("token_type", "Bearer");
		answer.put("expires_in", LIFETIME.toSeconds());
		json(exchange, 200, answer);
	}

	/**
	 * A refresh token for a person with these roles, which the token endpoint exchanges
	 * for a new access token.
	 */
	public String refreshToken(String subject, String... roles) {
		return token(subject).claim("token_use", "refresh").roles(roles).expiresIn(Duration.ofHours(1)).sign();
	}

	private JWTClaimsSet verify(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			return jwt.verify(new RSASSAVerifier(this.key.toRSAPublicKey())) ? jwt.getJWTClaimsSet() : null;
		}
		catch (ParseException | JOSEException ex) {
			return null;
		}
	}

	private static String client(HttpExchange exchange, Map<String, String> form) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization != null && authorization.startsWith("Basic ")) {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
			return URLDecoder.decode(decoded.substring(0, decoded.indexOf(':')), StandardCharsets.UTF_8);
		}
		return form.getOrDefault("client_id", BFF_CLIENT);
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static List<String> stringList(Object value) {
		return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private static void json(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	/** A token being shaped; {@link #sign()} makes it. */
	public final class Token {

		private final Map<String, Object> claims = new LinkedHashMap<>();

		private Instant expiresAt = Instant.now().plus(LIFETIME);

		private String issuerOverride;

		private Token(String subject) {
			this.claims.put("sub", subject);
			this.claims.put("aud", List.of(AUDIENCE));
			this.claims.put("azp", BFF_CLIENT);
			this.claims.put("preferred_username", subject);
		}

		/** The roles, in the {@code roles} claim. */
		public Token roles(String... roles) {
			return claim("roles", List.of(roles));
		}

		/** The authorized party: the client the token was issued to. */
		public Token azp(String client) {
			return claim("azp", client);
		}

		public Token audience(String... audiences) {
			return claim("aud", List.of(audiences));
		}

		public Token expiresIn(Duration lifetime) {
			this.expiresAt = Instant.now().plus(lifetime);
			return this;
		}

		/**
		 * Expired this long ago (beyond the one minute of clock skew every validator
		 * allows, for a token that must read as expired).
		 */
		public Token expiredFor(Duration ago) {
			this.expiresAt = Instant.now().minus(ago);
			return this;
		}

		/** Claims {@code iss} of another issuer while signed with this one's key. */
		public Token claimingIssuer(String issuer) {
			this.issuerOverride = issuer;
			return this;
		}

		/** Any other claim (a {@code null} value removes it). */
		public Token claim(String name, Object value) {
			if (value == null) {
				this.claims.remove(name);
			}
			else {
				this.claims.put(name, value);
			}
			return this;
		}

		/** The signed, compact JWT. */
		public String sign() {
			Instant issuedAt = this.expiresAt.isBefore(Instant.now()) ? this.expiresAt.minus(LIFETIME) : Instant.now();
			JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
				.issuer((this.issuerOverride != null) ? this.issuerOverride : TestIssuer.this.issuer)
				.jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(issuedAt))
				.notBeforeTime(Date.from(issuedAt))
				.expirationTime(Date.from(this.expiresAt));
			this.claims.forEach(set::claim);
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestIssuer.this.key.getKeyID())
						.type(JOSEObjectType.JWT)
						.build(),
					set.build());
			try {
				jwt.sign(new RSASSASigner(TestIssuer.this.key));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

	}

}
