package com.example.shop.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.testsupport.process.ServiceJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's language belongs to their account: {@code PUT /account/locale} with their
 * own access token changes the {@code locale} claim of their next ID token, and nobody
 * else's; a language the shop does not offer is a 400 problem and changes nothing; no
 * token (or one that is not an access token for the shop) is a 401, a client's own token
 * a 403; and the choice survives a restart of the provider with the same data directory.
 * The provider runs here on its own, so its data directory and its restart are the
 * test's.
 */
class AccountLocaleIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int PORT = ServiceJvm.freePort();

	private static final String ISSUER = "http://127.0.0.1:" + PORT;

	private static final String SECRET = "account-test-secret";

	private static final PasswordSignIn.Client UI = new PasswordSignIn.Client("ui-app", SECRET,
			URI.create("http://127.0.0.1:18080/login/oauth2/code/shop"), "openid profile");

	@TempDir
	static Path data;

	private static ConfigurableApplicationContext provider;

	@BeforeAll
	static void start() {
		provider = provider(data);
	}

	@AfterAll
	static void stop() {
		provider.close();
	}

	@Test
	void aPersonsChoiceIsTheLocaleOfTheirNextIdTokenAndOfNobodyElses() throws Exception {
		PasswordSignIn.Tokens sales = signIn("sales");
		assertThat(locale(sales)).isEqualTo("en");

		HttpResponse<String> chosen = put(sales.accessToken(), "{\"locale\":\"ko\"}");

		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(204);
		assertThat(locale(signIn("sales"))).isEqualTo("ko");
		assertThat(locale(signIn("billing"))).as("another person keeps theirs").isEqualTo("en");
	}

	@Test
	void aLanguageTheShopDoesNotOfferIsAProblemAndChangesNothing() throws Exception {
		PasswordSignIn.Tokens admin = signIn("admin");

		HttpResponse<String> refused = put(admin.accessToken(), "{\"locale\":\"fr\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("type").asString()).endsWith("/validation");
		assertThat(problem.path("detail").asString()).contains("en", "ko");
		assertThat(locale(signIn("admin"))).isEqualTo("en");
	}

	@Test
	void withoutThePersonsAccessTokenNothingChanges() throws Exception {
		PasswordSignIn.Tokens admin = signIn("admin");

		HttpResponse<String> anonymous = put(null, "{\"locale\":\"ko\"}");
		HttpResponse<String> idToken = put(admin.idToken(), "{\"locale\":\"ko\"}");
		HttpResponse<String> service = put(clientCredentials(), "{\"locale\":\"ko\"}");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(idToken.statusCode()).as("an ID token is for the UI, not for the shop's APIs").isEqualTo(401);
		assertThat(service.statusCode()).as("a client's own token has no person").isEqualTo(403);
		assertThat(locale(signIn("admin"))).isEqualTo("en");
	}

	@Test
	void theChoiceSurvivesARestartWithTheSameDataDirectory() throws Exception {
		PasswordSignIn.Tokens minji = signIn("minji");
		assertThat(locale(minji)).isEqualTo("ko");
		assertThat(put(minji.accessToken(), "{\"locale\":\"en\"}").statusCode()).isEqualTo(204);

		provider.close();
		provider = provider(data);

		assertThat(locale(signIn("minji"))).isEqualTo("en");
	}

	private static ConfigurableApplicationContext provider(Path dataDir) {
		return new SpringApplicationBuilder(IdentityProviderApplication.class).run("--server.port=" + PORT,
				"--app.identity.issuer=" + ISSUER, "--app.identity.ui.client-secret=" + SECRET,
				"--app.identity.ui.redirect-uris=" + UI.redirectUri(), "--app.identity.data-dir=" + dataDir,
				// test-support brings JDBC along; the provider has no database.
				"--spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
	}

	private static PasswordSignIn.Tokens signIn(String user) throws Exception {
		return new PasswordSignIn(URI.create(ISSUER), Duration.ofSeconds(10)).signIn(UI, user, "demo");
	}

	private static String locale(PasswordSignIn.Tokens tokens) {
		return JwtDecoders.fromIssuerLocation(ISSUER).decode(tokens.idToken()).getClaimAsString("locale");
	}

	private static HttpResponse<String> put(String bearer, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ISSUER + "/account/locale"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String clientCredentials() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("ui-app:" + SECRET).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).path("access_token").asString();
	}

}
