package com.example.shop.identity;

import java.net.URI;
import java.time.Duration;

import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.support.security.SecuritySettings;
import com.example.shop.support.security.TokenAuthentication;
import com.example.shop.testsupport.process.ServiceJvm;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Any issuer": the provider's second configuration (profile {@code other-issuer})
 * differs where company providers differ from it (another issuer identifier, another
 * client id for the UI, the roles nested as Keycloak writes them), and the shop reads its
 * tokens by settings alone ({@link SecuritySettings}: {@code app.security.roles-claim},
 * {@code bff-client-id}), the same settings ui-app and every backend read.
 */
// test-support brings JDBC along; the provider has no database.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Import(TestClockConfiguration.class)
@ActiveProfiles("other-issuer")
class OtherIssuerIT {

	static final int PORT = ServiceJvm.freePort();

	@DynamicPropertySource
	static void onAFreePort(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("app.identity.ui.client-secret", () -> "other-secret");
		registry.add("app.identity.ui.redirect-uris", () -> "http://localhost:18080/login/oauth2/code/shop");
	}

	@Test
	void tokensFromTheOtherConfigurationReadTheSameThroughSettingsAlone() throws Exception {
		String issuer = "http://localhost:" + PORT;
		PasswordSignIn.Tokens issued = new PasswordSignIn(URI.create(issuer), Duration.ofSeconds(10)).signIn(
				new PasswordSignIn.Client("shop-ui", "other-secret",
						URI.create("http://localhost:18080/login/oauth2/code/shop"), "openid profile"),
				"billing", "demo");

		Jwt access = JwtDecoders.fromIssuerLocation(issuer).decode(issued.accessToken());
		var settings = new SecuritySettings("realm_access.roles", "azp", "shop-ui");

		assertThat(access.getIssuer().toString()).isEqualTo(issuer);
		assertThat(access.getClaims()).doesNotContainKey("roles");
		assertThat(new TokenAuthentication(settings).authorities(access.getClaims()))
			.extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_BILLING", "VIA_BFF");
		assertThat(
				new TokenAuthentication(new SecuritySettings("roles", "azp", "ui-app")).authorities(access.getClaims()))
			.as("read with the first configuration's settings, the token grants nothing")
			.isEmpty();
	}

}
