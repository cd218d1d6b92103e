package com.example.shop.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.testsupport.time.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sign-in form resists guessing: thirty wrong passwords in a row lock the account
 * after the fifth (the right password is refused too while it lasts, so guessing on gains
 * nothing), a lock ends by itself, and the next is twice as long; and a form posted
 * without the CSRF token signs nobody in.
 */
class LoginThrottlingIT extends ProviderTest {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MutableClock clock;

	@Test
	void thirtyWrongPasswordsLockTheAccountAndTheRightOneWaitsForTheLockToEnd() {
		for (int attempt = 1; attempt <= 30; attempt++) {
			assertThatExceptionOfType(PasswordSignIn.Refused.class)
				.isThrownBy(() -> signIn().signIn(ui(), "billing", "guess"));
		}

		assertThat(this.throttle.lockedFor("billing"))
			.hasValueSatisfying((left) -> assertThat(left).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
		assertThatExceptionOfType(PasswordSignIn.Refused.class)
			.isThrownBy(() -> signIn().signIn(ui(), "billing", "demo"));
		assertThat(signIn(() -> signIn().signIn(ui(), "sales", "demo"))).as("other accounts are not locked").isTrue();

		this.clock.advance(Duration.ofSeconds(31));
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThatExceptionOfType(PasswordSignIn.Refused.class)
				.isThrownBy(() -> signIn().signIn(ui(), "billing", "guess"));
		}
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.throttle.lockedFor("billing")).as("the second lock lasts twice as long").isPresent();

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(signIn(() -> signIn().signIn(ui(), "billing", "demo"))).isTrue();
		assertThat(this.throttle.lockedFor("billing")).isEmpty();
	}

	@Test
	void theSignInFormPostedWithoutItsCsrfTokenSignsNobodyIn() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(issuer() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo"))
				.build(), HttpResponse.BodyHandlers.ofString());

		// Refused by the CSRF filter before the password is looked at: back to the form,
		// as
		// an anonymous visitor (a sign-in would have gone on to the application).
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).startsWith("/login"));
	}

	private static boolean signIn(SignInCall call) {
		try {
			return call.run().accessToken() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	@FunctionalInterface
	private interface SignInCall {

		PasswordSignIn.Tokens run() throws Exception;

	}

}
