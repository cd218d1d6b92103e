package com.example.shop.ui.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.example.shop.ui.security.AccountLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Remembers a person's language and light or dark theme in cookies (they hold nothing
 * else), applies them to every new UI (a person who never chose a language in this
 * browser gets the one their identity provider names, the {@code locale} claim), and
 * installs the one error handler on every session. A language chosen here is also kept
 * with the person's account at the provider when it offers that
 * ({@link AccountLanguage}), so it is theirs in the next browser too; the cookie stays
 * this browser's override.
 */
@Component
public class Preferences implements VaadinServiceInitListener {

	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

	static final String LANGUAGE_COOKIE = "shop-language";

	static final String THEME_COOKIE = "shop-theme";

	/**
	 * A session attribute: the provider did not keep the language chosen last, which the
	 * next UI (the page reloaded in that language) says once.
	 */
	static final String KEPT_HERE_ONLY = Preferences.class.getName() + ".keptHereOnly";

	private static final int ONE_YEAR = 365 * 24 * 3600;

	private static final Logger log = LoggerFactory.getLogger(Preferences.class);

	private final AccountLanguage account;

	Preferences(AccountLanguage account) {
		this.account = account;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((session) -> session.getSession().setErrorHandler(new UiErrors()));
		event.getSource().addUIInitListener((ui) -> {
			apply(ui.getUI(), VaadinRequest.getCurrent());
			sayIfKeptHereOnly(ui.getUI());
		});
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

	/**
	 * Switches the UI's language now and remembers it: in this browser (the cookie) and,
	 * when the provider keeps it, with the person's account, off the UI thread. Then runs
	 * {@code then} on the UI (a reload, which builds the views in the new language): once
	 * the provider has answered, or at once when it keeps no language. When the provider
	 * did not keep it, the failure is logged and the next UI says the language is kept
	 * for this browser only.
	 */
	public void language(UI ui, Locale locale, Runnable then) {
		ui.setLocale(locale);
		remember(ui, LANGUAGE_COOKIE, locale.getLanguage());
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		if (!this.account.kept() || person == null) {
			then.run();
			return;
		}
		this.account.keep(person, locale)
			.subscribe(null, (error) -> after(ui, then, person.getName(), error),
					() -> after(ui, then, person.getName(), null));
	}

	private static void after(UI ui, Runnable then, String person, Throwable error) {
		if (error != null) {
			log.warn("The identity provider did not keep the language of {}; it is kept in this browser only: {}",
					person, error.getMessage());
		}
		try {
			ui.access(() -> {
				if (error != null) {
					ui.getSession().setAttribute(KEPT_HERE_ONLY, Boolean.TRUE);
				}
				then.run();
			});
		}
		catch (UIDetachedException gone) {
			log.debug("The UI that switched the language is gone");
		}
	}

	/** Says once, in a session's next UI, that the last language chosen stays here. */
	static void sayIfKeptHereOnly(UI ui) {
		VaadinSession session = ui.getSession();
		if (session != null && session.getAttribute(KEPT_HERE_ONLY) != null) {
			session.setAttribute(KEPT_HERE_ONLY, null);
			Notices.caveat(ui.getTranslation("nav.language.kept-here"));
		}
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
