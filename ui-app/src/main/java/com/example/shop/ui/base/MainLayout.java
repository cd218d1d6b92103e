package com.example.shop.ui.base;

import java.util.Locale;

import com.example.shop.bff.search.SearchService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every signed-in view: a "skip to content" link, navigation with only what
 * the user's role may open, search (the header's button, or Ctrl+K or ⌘K anywhere: the
 * {@link CommandPalette}), the language and theme switches, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	private final transient AuthenticationContext authentication;

	private final transient SearchService search;

	private final Formats formats;

	private final transient AccessAnnotationChecker access;

	private final transient Preferences preferences;

	private CommandPalette palette;

	MainLayout(AuthenticationContext authentication, SearchService search, Formats formats,
			AccessAnnotationChecker access, Preferences preferences) {
		this.authentication = authentication;
		this.search = search;
		this.formats = formats;
		this.access = access;
		this.preferences = preferences;
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("nav.toggle"));
		Span title = new Span(getTranslation("app.name"));
		title.addClassName("app-title");
		addToDrawer(title, navigation());
		addToNavbar(skipLink(), toggle, header());
		// Anywhere in the application, also while a field has the focus; the browser's
		// own
		// Ctrl+K (its search bar) is kept from happening.
		Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.CONTROL);
		Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.META);
	}

	/**
	 * Opens the command palette, empty, with the focus in its field; if it is open
	 * already, only the focus moves there.
	 */
	void openSearch() {
		if (this.palette != null && this.palette.isOpened()) {
			this.palette.query.focus();
			return;
		}
		this.palette = new CommandPalette(this.search, this.formats, this.access, this.authentication);
		this.palette.open();
		this.palette.query.focus();
	}

	/**
	 * The header's search button: says what it searches, and shows its shortcut (also to
	 * assistive technology, as {@code aria-keyshortcuts}).
	 */
	private Button searchButton() {
		Span shortcut = new Span(getTranslation("search.shortcut"));
		shortcut.addClassName("kbd");
		shortcut.getElement().setAttribute("aria-hidden", "true");
		Button button = new Button(getTranslation("search.button"), VaadinIcon.SEARCH.create(),
				(event) -> openSearch());
		button.setSuffixComponent(shortcut);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.addClassName("search-button");
		button.setAriaLabel(getTranslation("search.label"));
		button.setTooltipText(getTranslation("search.tooltip"));
		button.getElement().setAttribute("aria-keyshortcuts", "Control+K Meta+K");
		return button;
	}

	/**
	 * "Skip to content", the first thing Tab reaches: it moves the focus to the view,
	 * past the header and the navigation, so the next Tab lands on the view's first
	 * field. It stays out of sight until it has the focus (styles/shop.css). Handled in
	 * the browser: the address does not change and no request is made.
	 */
	private Anchor skipLink() {
		Anchor skip = new Anchor("#content", getTranslation("nav.skip"));
		skip.addClassName("skip-link");
		skip.getElement().executeJs("""
				this.addEventListener('click', (event) => {
				  event.preventDefault();
				  const view = [...this.closest('vaadin-app-layout').children].find((c) => !c.hasAttribute('slot'));
				  if (view) {
				    view.setAttribute('tabindex', '-1');
				    view.focus();
				  }
				});""");
		return skip;
	}

	/**
	 * Every view marked {@code @Menu} that the user may open: {@link MenuConfiguration}
	 * applies the same access control as navigation, and orders by {@code @Menu(order)}.
	 * A menu title is a translation key.
	 */
	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.setLabel(getTranslation("nav.label"));
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.menuClass(), new Icon(entry.icon())));
		}
		return nav;
	}

	private HorizontalLayout header() {
		Select<Locale> language = new Select<>();
		language.setItems(Preferences.LANGUAGES);
		language.setItemLabelGenerator((locale) -> locale.getDisplayLanguage(locale));
		language.setValue(Preferences.LANGUAGES.stream()
			.filter((l) -> l.getLanguage().equals(getLocale().getLanguage()))
			.findFirst()
			.orElse(Locale.ENGLISH));
		language.setAriaLabel(getTranslation("nav.language"));
		language.addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				UI ui = getUI().orElseThrow();
				// Every view renders its texts when built: a reload builds them again in
				// the new language (once the provider has kept it, if it keeps it).
				this.preferences.language(ui, event.getValue(), () -> ui.getPage().reload());
			}
		});
		Button theme = new Button(VaadinIcon.ADJUST.create());
		theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		theme.setAriaLabel(getTranslation("nav.theme"));
		theme.setTooltipText(getTranslation("nav.theme"));
		theme.addClickListener((event) -> {
			var ui = getUI().orElseThrow();
			Preferences.theme(ui, !Preferences.dark(ui));
		});
		String name = this.authentication.getPrincipalName().orElse("");
		Span user = new Span(name);
		user.addClassName("user-name");
		Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
				(event) -> this.authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout header = new HorizontalLayout(searchButton(), language, theme, user, logout);
		header.setAlignItems(FlexComponent.Alignment.CENTER);
		header.addClassName("app-header");
		return header;
	}

}
