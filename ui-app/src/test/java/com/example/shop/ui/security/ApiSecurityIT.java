package com.example.shop.ui.security;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chains of the one web application, without a backend: {@code /bff/v1} answers API
 * clients with problems, never a redirect; takes only tokens issued to the UI's client;
 * refuses a cross-origin form post (CSRF) and other origins' scripts (CORS); the
 * management port alone serves metrics; the UI sends anonymous visitors to the identity
 * provider and sends its hardening headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"app.security.client-secret=test-secret", "app.security.allowed-origins=https://qa.example.com",
		// test-support brings JDBC onto the test classpath; the UI has no database.
		"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@TrustsTestIssuer
class ApiSecurityIT {

	@Value("${local.server.port}")
	int port;

	@Value("${local.management.port}")
	int managementPort;

	LoopbackHttp http;

	@BeforeEach
	void client() {
		this.http = new LoopbackHttp(this.port);
	}

	@Test
	void anApiCallWithoutAValidTokenIsA401ProblemWithABearerChallenge() {
		var none = this.http.get("/bff/v1/orders");
		var foreign = this.http.get("/bff/v1/orders", "Authorization",
				"Bearer " + TestIssuer.untrusted().tokenFor("sales", "SALES"));

		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).hasValueSatisfying((h) -> assertThat(h).startsWith("Bearer"));
		assertThat(none.problemType()).isEqualTo("unauthorized");
		assertThat(foreign.status()).isEqualTo(401);
		assertThat(foreign.header("Location")).isEmpty();
	}

	@Test
	void aTokenIssuedToAnotherClientIsA403Problem() {
		var response = this.http.get("/bff/v1/orders", "Authorization", "Bearer " + Caller.SALES_AT_A_TERMINAL.token());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.problemType()).isEqualTo("forbidden");
	}

	/**
	 * The attack the issue found: another site's form, posted by a browser that holds
	 * Basic credentials for the shop. Without the XSRF token it is refused before
	 * anything else looks at it.
	 */
	@Test
	void aCrossOriginFormPostWithBasicCredentialsIsRefused() {
		var response = this.http.request("POST", "/bff/v1/invoices/00000000-0000-0000-0000-000000000001/payments", null,
				"Origin", "https://evil.example.com", "Content-Type", "application/x-www-form-urlencoded",
				"Authorization", "Basic YmlsbGluZzpkZW1v");

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void otherOriginsMayNotCallTheApiFromABrowserUnlessConfigured() {
		var evil = this.http.request("OPTIONS", "/bff/v1/orders", null, "Origin", "https://evil.example.com",
				"Access-Control-Request-Method", "POST");
		var allowed = this.http.request("OPTIONS", "/bff/v1/orders", null, "Origin", "https://qa.example.com",
				"Access-Control-Request-Method", "POST");

		assertThat(evil.status()).isEqualTo(403);
		assertThat(evil.header("Access-Control-Allow-Origin")).isEmpty();
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Origin")).hasValue("https://qa.example.com");
	}

	@Test
	void healthIsOpenAndMetricsLiveOnlyOnTheManagementPort() {
		LoopbackHttp management = new LoopbackHttp(this.managementPort);

		assertThat(this.http.get("/livez").status()).isEqualTo(200);
		assertThat(this.http.get("/actuator/prometheus").status()).isNotEqualTo(200);
		assertThat(management.get("/actuator/prometheus", "Accept", "text/plain").body())
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void theUiSendsAnonymousVisitorsToTheIdentityProviderWithItsHardeningHeaders() {
		var response = this.http.get("/");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/oauth2/authorization/shop"));
		assertThat(response.header("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void signingInStartsTheAuthorizationCodeFlowWithPkce() {
		var response = this.http.get("/oauth2/authorization/shop");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith(TestIssuer.get().issuerUri() + "/authorize")
					.contains("code_challenge=")
					.contains("code_challenge_method=S256"));
	}

}
