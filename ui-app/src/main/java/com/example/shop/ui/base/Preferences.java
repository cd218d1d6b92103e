package com.example.shop.ui.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Remembers a person's language and light or dark theme in cookies (they hold nothing
 * else), applies them to every new UI (a person who never chose a language gets the one
 * their identity provider names, the {@code locale} claim), and installs the one error
 * handler on every session.
 */
@Component
public class Preferences implements VaadinServiceInitListener {

	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

	static final String LANGUAGE_COOKIE = "shop-language";

	static final String THEME_COOKIE = "shop-theme";

	private static final int ONE_YEAR = 365 * 24 * 3600;

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((session) -> session.getSession().setErrorHandler(new UiErrors()));
		event.getSource().addUIInitListener((ui) -> apply(ui.getUI(), VaadinRequest.getCurrent()));
	}

	static void apply(UI ui, VaadinRequest request) {
		if (request == null) {
			return;
		}
		// The language chosen here wins; else the person's own, the provider's locale
		// claim.
		cookie(request, LANGUAGE_COOKIE).or(Preferences::signedInLocale)
			.map(Locale::forLanguageTag)
			.filter((locale) -> LANGUAGES.stream().anyMatch((l) -> l.getLanguage().equals(locale.getLanguage())))
			.ifPresent(ui::setLocale);
		if (cookie(request, THEME_COOKIE).filter("dark"::equals).isPresent()) {
			ui.getPage().setColorScheme(ColorScheme.Value.DARK);
		}
	}

	/** Switches the UI's language now and remembers it for the next visit. */
	public static void language(UI ui, Locale locale) {
		ui.setLocale(locale);
		remember(ui, LANGUAGE_COOKIE, locale.getLanguage());
	}

	public static boolean dark(UI ui) {
		return ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
	}

	/** Switches between light and dark now and remembers it. */
	public static void theme(UI ui, boolean dark) {
		ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
		remember(ui, THEME_COOKIE, dark ? "dark" : "light");
	}

	private static void remember(UI ui, String name, String value) {
		ui.getPage()
			.executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'", name, value,
					ONE_YEAR);
	}

	/** The {@code locale} claim of the signed-in person's ID token, if any. */
	static Optional<String> signedInLocale() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof OidcUser person)
				? Optional.ofNullable(person.getLocale()) : Optional.empty();
	}

	private static Optional<String> cookie(VaadinRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		return (cookies == null) ? Optional.empty()
				: Arrays.stream(cookies).filter((c) -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
	}

}
