package com.example.shop.ui.base;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.example.shop.bff.AuthorizedClients;
import com.example.shop.testsupport.process.ServiceJvm;
import com.example.shop.ui.security.AccountLanguage;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Which language a new UI starts in: the one chosen in this browser (the cookie) wins;
 * without one, the person's own from the identity provider (the {@code locale} claim).
 * And a switch whose provider does not keep the language still switches, and the next UI
 * (the page reloaded) says that it is kept in this browser only.
 */
@ViewPackages(classes = PreferencesTests.Blank.class)
class PreferencesTests extends BrowserlessTest {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withoutAChoiceInThisBrowserThePersonsLocaleClaimNamesTheLanguage() {
		UI ui = UI.getCurrent();
		ui.setLocale(Locale.ENGLISH);
		signedIn("minji", "ko");

		Preferences.apply(ui, request());

		assertThat(ui.getLocale()).isEqualTo(Locale.KOREAN);
	}

	@Test
	void theLanguageChosenInThisBrowserWinsOverTheClaim() {
		UI ui = UI.getCurrent();
		ui.setLocale(Locale.KOREAN);
		signedIn("minji", "ko");

		Preferences.apply(ui, request(new Cookie(Preferences.LANGUAGE_COOKIE, "en")));

		assertThat(ui.getLocale()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aSwitchThatTheProviderDidNotKeepStillSwitchesAndTheNextUiSaysItStaysHere() {
		UI ui = UI.getCurrent();
		ui.setLocale(Locale.ENGLISH);
		OAuth2AuthenticationToken person = signedIn("sales", "en");
		// Nothing listens at the account's address: the provider is down.
		Preferences preferences = new Preferences(
				account(person, URI.create("http://127.0.0.1:" + ServiceJvm.freePort() + "/account/locale")));
		AtomicBoolean reloaded = new AtomicBoolean();

		preferences.language(ui, Locale.KOREAN, () -> reloaded.set(true));

		assertThat(ui.getLocale()).as("switched at once").isEqualTo(Locale.KOREAN);
		VaadinSession session = ui.getSession();
		await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
			session.getService().runPendingAccessTasks(session);
			return reloaded.get();
		});
		Preferences.sayIfKeptHereOnly(ui);
		assertThat(test($(Notification.class).single()).getText())
			.isEqualTo(ui.getTranslation("nav.language.kept-here"))
			.startsWith("언어는");
		Preferences.sayIfKeptHereOnly(ui);
		assertThat($(Notification.class).all()).as("said once").hasSize(1);
	}

	private static OAuth2AuthenticationToken signedIn(String user, String locale) {
		Instant now = Instant.now();
		OidcIdToken id = new OidcIdToken("id-token", now, now.plusSeconds(300), Map.of("sub", user, "locale", locale));
		DefaultOidcUser person = new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_SALES"), id);
		OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(person, person.getAuthorities(), "shop");
		SecurityContextHolder.getContext().setAuthentication(token);
		return token;
	}

	/**
	 * The person's tokens as the UI keeps them after sign-in, and the account's address.
	 */
	private static AccountLanguage account(OAuth2AuthenticationToken person, URI accountUri) {
		ClientRegistration shop = ClientRegistration.withRegistrationId("shop")
			.clientId("ui-app")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/shop")
			.authorizationUri("http://127.0.0.1:1/oauth2/authorize")
			.tokenUri("http://127.0.0.1:1/oauth2/token")
			.build();
		var registrations = new InMemoryClientRegistrationRepository(shop);
		var tokens = new InMemoryOAuth2AuthorizedClientService(registrations);
		Instant now = Instant.now();
		tokens.saveAuthorizedClient(
				new OAuth2AuthorizedClient(shop, person.getName(),
						new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300))),
				person);
		return new AccountLanguage(accountUri, AuthorizedClients.of(registrations, tokens));
	}

	private static VaadinRequest request(Cookie... cookies) {
		VaadinRequest request = mock(VaadinRequest.class);
		when(request.getCookies()).thenReturn((cookies.length == 0) ? null : cookies);
		return request;
	}

	@Route("preferences")
	public static class Blank extends Div {

	}

}
