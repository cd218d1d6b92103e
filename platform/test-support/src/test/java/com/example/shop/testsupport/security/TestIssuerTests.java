package com.example.shop.testsupport.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The test issuer is an issuer Spring Security accepts by its discovery document alone,
 * as the services accept the real one.
 */
class TestIssuerTests {

	private final TestIssuer issuer = TestIssuer.get();

	private final JwtDecoder decoder = JwtDecoders.fromIssuerLocation(this.issuer.issuerUri());

	@Test
	void aMintedTokenCarriesWhatTheTestAskedFor() {
		Jwt jwt = this.decoder.decode(this.issuer.token("sales").roles("SALES").azp("shop-cli").sign());

		assertThat(jwt.getSubject()).isEqualTo("sales");
		assertThat(jwt.getAudience()).containsExactly("shop-api");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SALES");
		assertThat(jwt.getClaimAsString("azp")).isEqualTo("shop-cli");
		assertThat(jwt.getIssuer().toString()).isEqualTo(this.issuer.issuerUri());
	}

	@Test
	void anExpiredTokenAndAnotherIssuersTokenAreRefused() {
		String expired = this.issuer.token("sales").expiredFor(Duration.ofMinutes(5)).sign();

		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.decoder.decode(expired));
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.decoder.decode(TestIssuer.untrusted().tokenFor("sales", "SALES")));
	}

	@Test
	void theTokenEndpointGrantsClientCredentialsAndRefreshes() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int before = this.issuer.tokenRequests();

		String service = token(http, "grant_type=client_credentials");
		String refreshed = token(http,
				"grant_type=refresh_token&refresh_token=" + this.issuer.refreshToken("billing", "BILLING"));

		assertThat(this.decoder.decode(service).getClaimAsStringList("roles")).containsExactly("SERVICE");
		assertThat(this.decoder.decode(refreshed).getSubject()).isEqualTo("billing");
		assertThat(this.issuer.tokenRequests()).isEqualTo(before + 2);
	}

	private String token(HttpClient http, String form) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.issuer.issuerUri() + "/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic dWktYXBwOnNlY3JldA==")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JsonMapper.builder().build().readTree(response.body()).path("access_token").asString();
	}

}
