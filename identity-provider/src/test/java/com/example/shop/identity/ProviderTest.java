package com.example.shop.identity;

import java.net.URI;
import java.time.Duration;

import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.testsupport.process.ServiceJvm;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider on a free loopback port that is also its issuer (so its tokens name the
 * address they were fetched from), with the test clock, and the UI's client with a secret
 * of the test's own.
 */
// test-support brings JDBC along; the provider has no database.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Import(TestClockConfiguration.class)
abstract class ProviderTest {

	static final String UI_SECRET = "test-ui-secret";

	static final int PORT = ServiceJvm.freePort();

	@DynamicPropertySource
	static void onAFreePort(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("app.identity.issuer", () -> "http://127.0.0.1:" + PORT);
		registry.add("app.identity.ui.client-secret", () -> UI_SECRET);
		registry.add("app.identity.ui.redirect-uris", () -> "http://127.0.0.1:18080/login/oauth2/code/shop");
	}

	String issuer() {
		return "http://127.0.0.1:" + PORT;
	}

	PasswordSignIn signIn() {
		return new PasswordSignIn(URI.create(issuer()), Duration.ofSeconds(10));
	}

	PasswordSignIn.Client ui() {
		return new PasswordSignIn.Client("ui-app", UI_SECRET,
				URI.create("http://127.0.0.1:18080/login/oauth2/code/shop"), "openid profile");
	}

	/** Decodes and checks a token as a service does: by the issuer's discovery alone. */
	Jwt decode(String token) {
		JwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer());
		return decoder.decode(token);
	}

}
