package com.example.shop.support.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a person in at the shop's own identity provider the way a browser does, without
 * one: the authorization-code flow with PKCE through the provider's login form (CSRF
 * token, throttling and all), ending with the tokens the client would get. For the local
 * run only, where the demo users' passwords are public: the launcher's {@code token}
 * command (a bearer token for curl and grpcurl, as the terminal client {@code shop-cli}),
 * and HTTP Basic on ui-app's {@code /bff/v1} (as the UI's client). It knows the form of
 * this provider's login page; a company provider signs people in through its own pages.
 */
public final class PasswordSignIn {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final URI issuer;

	private final Duration timeout;

	/**
	 * @param issuer the provider's issuer URI (its discovery document is read from it)
	 * @param timeout how long each step may take
	 */
	public PasswordSignIn(URI issuer, Duration timeout) {
		this.issuer = issuer;
		this.timeout = timeout;
	}

	/**
	 * Signs in.
	 * @param client the client to sign in to
	 * @param username the user name
	 * @param password the password
	 * @return the tokens the provider issued to the client
	 * @throws Refused for a wrong password, a locked account or a client the provider
	 * refuses
	 * @throws IOException when the provider cannot be reached
	 */
	public Tokens signIn(Client client, String username, String password) throws IOException {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(this.timeout)
			.build();
		JsonNode discovery = JSON.readTree(send(http, get(this.issuer + "/.well-known/openid-configuration")).body());
		String verifier = random(32);
		String state = random(16);
		String authorize = discovery.path("authorization_endpoint").asString() + "?"
				+ form(Map.of("response_type", "code", "client_id", client.id(), "redirect_uri",
						client.redirectUri().toString(), "scope", client.scope(), "state", state, "code_challenge",
						challenge(verifier), "code_challenge_method", "S256"));
		HttpResponse<String> toLogin = send(http, get(authorize));
		URI login = location(toLogin, URI.create(authorize));
		HttpResponse<String> loginPage = send(http, get(login.toString()));
		Matcher csrf = CSRF.matcher(loginPage.body());
		if (!csrf.find()) {
			throw new Refused("The provider's sign-in page has no CSRF token: is " + this.issuer + " the shop's?");
		}
		HttpResponse<String> signedIn = send(http,
				HttpRequest.newBuilder(login)
					.timeout(this.timeout)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers
						.ofString(form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))
					.build());
		URI next = location(signedIn, login);
		if (next.getPath().equals(login.getPath())) {
			throw new Refused("The provider refused the sign-in of " + username
					+ ": a wrong user name or password, or an account locked after too many wrong passwords");
		}
		URI callback = location(send(http, get(next.toString())), next);
		Map<String, String> answer = query(callback);
		if (!state.equals(answer.get("state")) || answer.get("code") == null) {
			throw new Refused("The provider did not return a code for " + client.id() + ": " + callback);
		}
		Map<String, String> exchange = new LinkedHashMap<>();
		exchange.put("grant_type", "authorization_code");
		exchange.put("code", answer.get("code"));
		exchange.put("redirect_uri", client.redirectUri().toString());
		exchange.put("code_verifier", verifier);
		HttpRequest.Builder token = HttpRequest.newBuilder(URI.create(discovery.path("token_endpoint").asString()))
			.timeout(this.timeout)
			.header("Content-Type", "application/x-www-form-urlencoded");
		if (client.secret() != null) {
			token.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8)));
		}
		else {
			exchange.put("client_id", client.id());
		}
		HttpResponse<String> tokens = send(http,
				token.POST(HttpRequest.BodyPublishers.ofString(form(exchange))).build());
		if (tokens.statusCode() != 200) {
			throw new Refused("The provider refused the code for " + client.id() + ": " + tokens.body());
		}
		JsonNode body = JSON.readTree(tokens.body());
		return new Tokens(body.path("access_token").asString(), body.path("refresh_token").asString(null),
				body.path("id_token").asString(null), Instant.now().plusSeconds(body.path("expires_in").asLong(300)));
	}

	private HttpRequest get(String uri) {
		return HttpRequest.newBuilder(URI.create(uri))
			.timeout(this.timeout)
			.header("Accept", "text/html")
			.GET()
			.build();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while signing in", ex);
		}
	}

	private static URI location(HttpResponse<String> response, URI base) {
		if (response.statusCode() / 100 != 3) {
			throw new Refused("The provider answered %d at %s instead of redirecting".formatted(response.statusCode(),
					response.uri()));
		}
		return base.resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = uri.getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					parameters.put(pair.substring(0, eq),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return parameters;
	}

	private static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A client of the provider.
	 *
	 * @param id its client id
	 * @param secret its secret, {@code null} for a public client
	 * @param redirectUri a redirect URI registered for it (never called: the code is read
	 * from it)
	 * @param scope the scopes asked for
	 */
	public record Client(String id, String secret, URI redirectUri, String scope) {

		/** The terminal's public client of the local run. */
		public static Client shopCli() {
			return new Client("shop-cli", null, URI.create("http://127.0.0.1/callback"), "openid");
		}

	}

	/**
	 * What the provider issued.
	 *
	 * @param accessToken the access token (a JWT for the backends)
	 * @param refreshToken the refresh token, if the client gets one
	 * @param idToken the ID token
	 * @param expiresAt when the access token expires
	 */
	public record Tokens(String accessToken, String refreshToken, String idToken, Instant expiresAt) {
	}

	/** The provider refused: a wrong password, a locked account, a refused client. */
	public static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
