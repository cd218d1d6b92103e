package com.example.shop.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.support.security.SecuritySettings;
import com.example.shop.support.security.TokenAuthentication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the provider issues to whom: the UI's sign-in (authorization code with PKCE)
 * yields an access token for the shop's backends with the person's roles and the UI as
 * its authorized party, an ID token with their name and language, and a refresh token;
 * the UI's own client-credentials token carries SERVICE; the terminal's public client
 * gets the person's roles but is not the UI.
 */
class TokensIT extends ProviderTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TokenAuthentication tokens = new TokenAuthentication(new SecuritySettings("roles", "azp", "ui-app"));

	@Test
	void signingInToTheUiGivesAnAccessTokenForTheBackendsAnIdTokenAndARefreshToken() throws Exception {
		PasswordSignIn.Tokens issued = signIn().signIn(ui(), "sales", "demo");

		Jwt access = decode(issued.accessToken());
		Jwt id = decode(issued.idToken());

		assertThat(access.getSubject()).isEqualTo("sales");
		assertThat(access.getAudience()).containsExactly("shop-api");
		assertThat(access.getClaimAsString("azp")).isEqualTo("ui-app");
		assertThat(access.getClaimAsStringList("roles")).containsExactly("SALES");
		assertThat(authorities(access)).containsExactlyInAnyOrder("ROLE_SALES", "VIA_BFF");
		assertThat(id.getAudience()).containsExactly("ui-app");
		assertThat(id.getClaimAsString("locale")).isEqualTo("en");
		assertThat(id.getClaimAsString("name")).isEqualTo("Sam Sales");
		assertThat(id.getClaimAsStringList("roles")).containsExactly("SALES");
		assertThat(issued.refreshToken()).isNotBlank();
	}

	@Test
	void aRefreshTokenGetsAFreshAccessTokenForTheSamePerson() throws Exception {
		PasswordSignIn.Tokens issued = signIn().signIn(ui(), "billing", "demo");

		JsonNode refreshed = token("grant_type=refresh_token&refresh_token=" + issued.refreshToken());

		Jwt access = decode(refreshed.path("access_token").asString());
		assertThat(access.getSubject()).isEqualTo("billing");
		assertThat(access.getClaimAsStringList("roles")).containsExactly("BILLING");
		assertThat(access.getAudience()).containsExactly("shop-api");
	}

	@Test
	void theUisClientCredentialsTokenIsTheServiceWithNoPerson() throws Exception {
		Jwt access = decode(token("grant_type=client_credentials").path("access_token").asString());

		assertThat(access.getSubject()).isEqualTo("ui-app");
		assertThat(access.getClaimAsStringList("roles")).containsExactly("SERVICE");
		assertThat(authorities(access)).containsExactlyInAnyOrder("ROLE_SERVICE", "VIA_BFF");
	}

	@Test
	void theTerminalsTokenCarriesThePersonsRoleButIsNotTheUis() throws Exception {
		Jwt access = decode(signIn().signIn(PasswordSignIn.Client.shopCli(), "admin", "demo").accessToken());

		assertThat(access.getClaimAsString("azp")).isEqualTo("shop-cli");
		assertThat(authorities(access)).containsExactly("ROLE_ADMIN");
	}

	@Test
	void aWrongPasswordIsRefused() {
		assertThatExceptionOfType(PasswordSignIn.Refused.class)
			.isThrownBy(() -> signIn().signIn(ui(), "admin", "not-demo"));
	}

	@Test
	void theUisClientMustUsePkce() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(issuer()
						+ "/oauth2/authorize?response_type=code&client_id=ui-app&scope=openid&state=x&redirect_uri="
						+ "http%3A%2F%2F127.0.0.1%3A18080%2Flogin%2Foauth2%2Fcode%2Fshop"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("http://127.0.0.1:18080/")
				.contains("error=invalid_request"));
	}

	private JsonNode token(String form) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("ui-app:" + UI_SECRET).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private java.util.List<String> authorities(Jwt jwt) {
		return this.tokens.authorities(jwt.getClaims()).stream().map(GrantedAuthority::getAuthority).toList();
	}

}
