package com.example.shop.ui.security;

import com.example.shop.testsupport.http.LoopbackHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API chains of the one web application: /bff/v1 and the actuator answer API clients
 * with status codes and problems, never with a redirect to the login page; the UI
 * redirects. No backend is needed to tell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"app.security.demo-users.enabled=true",
		// test-support brings JDBC onto the test classpath; the UI has no database.
		"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
class ApiSecurityIT {

	@Value("${local.server.port}")
	int port;

	LoopbackHttp http;

	@BeforeEach
	void client() {
		this.http = new LoopbackHttp(this.port);
	}

	@Test
	void anApiCallWithoutCredentialsIsA401ProblemWithABasicChallenge() {
		var response = this.http.get("/bff/v1/orders");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).hasValue("Basic realm=\"shop\"");
		assertThat(response.problemType()).isEqualTo("unauthorized");
	}

	@Test
	void aWrongPasswordIsA401NotARedirectToTheLoginPage() {
		var response = this.http.get("/bff/v1/orders", "Authorization", "Basic c2FsZXM6bm9wZQ==");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Location")).isEmpty();
	}

	@Test
	void healthIsOpenButOtherActuatorEndpointsNeedAnAdmin() {
		assertThat(this.http.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(this.http.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(this.http.get("/actuator/prometheus", "Authorization", "Basic c2FsZXM6ZGVtbw==").status())
			.isEqualTo(403);
	}

	@Test
	void theUiSendsAnonymousUsersToTheLoginPage() {
		var response = this.http.get("/");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

}
