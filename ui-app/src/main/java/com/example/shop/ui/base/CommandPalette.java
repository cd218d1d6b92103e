package com.example.shop.ui.base;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.example.shop.bff.Part;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.bff.search.Domain;
import com.example.shop.bff.search.Group;
import com.example.shop.bff.search.Hit;
import com.example.shop.bff.search.SearchResults;
import com.example.shop.bff.search.SearchService;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import reactor.core.Disposable;

/**
 * The command palette: one field that finds orders and invoices by number, customers by
 * name and products by SKU or name at once ({@link SearchService}), grouped by domain
 * with the matching part marked. Arrow keys move the selection, Enter opens it (the
 * order's, customer's or invoice's page; a product opens in the catalog, filtered to its
 * SKU), Escape closes. A domain whose backend did not answer says so in its group while
 * the others show. Opened from anywhere with Ctrl+K or ⌘K, or the header's search button
 * ({@link MainLayout}).
 * <p>
 * For assistive technology the field is a combobox that controls the result list (a
 * listbox of options in labelled groups) and names the selected option as its active
 * descendant, so the focus stays in the field while the selection moves; a status line
 * says how many were found, or that nothing was.
 */
class CommandPalette extends Dialog {

	/** Only these keys reach the server; typing stays in the browser. */
	static final String KEYS = "event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter'";

	/** Which key it was. */
	static final String KEY = "event.key";

	/**
	 * What the field holds as the key is pressed: typed text reaches the server only
	 * after a pause ({@link ValueChangeMode#LAZY}), Enter at once.
	 */
	static final String VALUE = "element.value";

	static final String RESULTS_ID = "palette-results";

	private final transient SearchService search;

	private final Formats formats;

	private final transient AccessAnnotationChecker access;

	private final transient AuthenticationContext user;

	final TextField query = new TextField();

	/** What was found, as a listbox of options in groups. */
	final Div results = new Div();

	/**
	 * A hint before anything is typed, then how many were found or that nothing was; read
	 * out by screen readers as it changes.
	 */
	final Div status = new Div();

	/** The options shown, in order, each with how it opens. */
	private final List<Option> options = new ArrayList<>();

	private int selected = -1;

	/** The query whose results are on screen, or {@code null}. */
	private String shown;

	/** Enter came before the results of what was typed: open the first when they come. */
	private boolean openWhenFound;

	private transient Disposable inFlight;

	CommandPalette(SearchService search, Formats formats, AccessAnnotationChecker access, AuthenticationContext user) {
		this.search = search;
		this.formats = formats;
		this.access = access;
		this.user = user;
		addClassName("command-palette");
		setHeaderTitle(getTranslation("search.title"));
		setWidth("min(42rem, 95vw)");
		setCloseOnEsc(true);
		setCloseOnOutsideClick(true);

		this.query.setWidthFull();
		this.query.setPlaceholder(getTranslation("search.placeholder"));
		this.query.setAriaLabel(getTranslation("search.label"));
		this.query.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.query.setClearButtonVisible(true);
		// What /bff/v1/search accepts too.
		this.query.setMaxLength(100);
		this.query.setValueChangeMode(ValueChangeMode.LAZY);
		this.query.setAutofocus(true);
		this.query.addValueChangeListener((event) -> search(event.getValue()));
		this.query.getElement()
			.addEventListener("keydown",
					(event) -> key(event.getEventData().get(KEY).asString(),
							event.getEventData().path(VALUE).asString()))
			.setFilter(KEYS)
			.addEventData(KEY)
			.addEventData(VALUE)
			.preventDefault();
		this.query.getElement().executeJs("""
				const input = this.inputElement || this.querySelector('input');
				if (input) {
				  input.setAttribute('role', 'combobox');
				  input.setAttribute('aria-controls', $0);
				  input.setAttribute('aria-autocomplete', 'list');
				  input.setAttribute('aria-expanded', 'true');
				}""", RESULTS_ID);

		this.status.addClassName("palette-status");
		this.status.getElement().setAttribute("role", "status");
		this.results.setId(RESULTS_ID);
		this.results.addClassName("palette-results");
		this.results.getElement().setAttribute("role", "listbox");
		this.results.getElement().setAttribute("aria-label", getTranslation("search.results"));
		add(this.query, this.status, this.results);
		Span keys = new Span(getTranslation("search.keys"));
		keys.addClassName("palette-keys");
		getFooter().add(keys);
		this.status.setText(getTranslation("search.hint"));
		addOpenedChangeListener((event) -> {
			if (!event.isOpened()) {
				cancel();
			}
		});
	}

	/** Searches for the text, as typing it does. */
	void search(String text) {
		cancel();
		clearResults();
		String q = (text != null) ? text.strip() : "";
		if (q.isEmpty()) {
			this.openWhenFound = false;
			this.status.setText(getTranslation("search.hint"));
			return;
		}
		this.status.setText(getTranslation("search.searching"));
		this.inFlight = Async.load(this.search.search(q), this::show);
	}

	/**
	 * A key pressed in the field: ArrowDown, ArrowUp or Enter.
	 * @param typed what the field held then
	 */
	void key(String key, String typed) {
		switch (key) {
			case "ArrowDown" -> move(1);
			case "ArrowUp" -> move(-1);
			case "Enter" -> {
				if (typed.isBlank()) {
					return;
				}
				if (!typed.strip().equals(this.shown)) {
					// Enter right after typing or pasting (a number, say), before the
					// field
					// reported it: search what is there now and open its first hit.
					this.openWhenFound = true;
					this.query.setValue(typed);
				}
				else if (this.selected >= 0) {
					open(this.options.get(this.selected));
				}
			}
			default -> {
			}
		}
	}

	private void move(int by) {
		this.openWhenFound = false;
		select(this.selected + by);
	}

	/** The options shown, in order, as their titles read. */
	List<String> optionTitles() {
		return this.options.stream().map(Option::title).toList();
	}

	/** Which option is selected, or -1. */
	int selectedIndex() {
		return this.selected;
	}

	private void show(SearchResults found) {
		if (!found.query().equals(this.query.getValue().strip())) {
			// An answer to what was typed before; the answer to what is there now
			// follows.
			return;
		}
		clearResults();
		this.shown = found.query();
		Map<Domain, Boolean> mayOpen = new EnumMap<>(Domain.class);
		boolean unavailable = false;
		for (Group group : found.groups()) {
			if (!mayOpen.computeIfAbsent(group.domain(), this::mayOpen)) {
				continue;
			}
			switch (group.hits()) {
				case Part.Unavailable<List<Hit>> missing -> {
					unavailable = true;
					Div section = section(group.domain());
					Div note = new Div(getTranslation("search.unavailable", missing.backend()));
					note.addClassName("palette-unavailable");
					note.setTitle(missing.reason());
					section.add(note);
					this.results.add(section);
				}
				case Part.Available<List<Hit>> hits when !hits.value().isEmpty() -> {
					Div section = section(group.domain());
					hits.value().forEach((hit) -> section.add(option(group.domain(), hit, found.query())));
					this.results.add(section);
				}
				default -> {
				}
			}
		}
		if (this.options.isEmpty()) {
			this.openWhenFound = false;
			this.status.setText(unavailable ? getTranslation("search.none-answered", found.query())
					: getTranslation("search.no-match", found.query()));
		}
		else {
			this.status.setText(getTranslation("search.found", this.formats.number(this.options.size())));
			select(0);
			if (this.openWhenFound) {
				this.openWhenFound = false;
				open(this.options.getFirst());
			}
		}
	}

	private Div section(Domain domain) {
		Div section = new Div();
		section.addClassName("palette-group");
		section.getElement().setAttribute("role", "group");
		Span heading = new Span(getTranslation("search.group." + domain.name()));
		heading.setId("palette-group-" + domain.name());
		heading.addClassName("palette-group-title");
		section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
		section.add(heading);
		return section;
	}

	private Div option(Domain domain, Hit hit, String q) {
		Div row = new Div();
		int index = this.options.size();
		row.setId("palette-option-" + index);
		row.addClassName("palette-option");
		row.getElement().setAttribute("role", "option");
		row.getElement().setAttribute("aria-selected", "false");
		Span title = marked(hit.title(), q);
		title.addClassName("palette-title");
		row.add(title);
		if (hit.detail() != null && !hit.detail().equals(hit.title())) {
			Span detail = marked(hit.detail(), q);
			detail.addClassName("palette-detail");
			row.add(detail);
		}
		Span trailing = new Span();
		trailing.addClassName("palette-trailing");
		if (hit.amount() != null) {
			trailing.add(new Span(this.formats.money(hit.amount())));
		}
		trailing.add(statusBadge(domain, hit.status()));
		row.add(trailing);
		Option option = new Option(row, hit.title(), opener(domain, hit.id()));
		this.options.add(option);
		row.addClickListener((click) -> open(option));
		return row;
	}

	/**
	 * The text with the first place the query appears in it marked, ignoring case; the
	 * text as it is where it does not appear (the catalog and billing match more
	 * loosely).
	 */
	static Span marked(String text, String q) {
		Span span = new Span();
		int at = indexIgnoringCase(text, q);
		if (at < 0) {
			span.setText(text);
			return span;
		}
		if (at > 0) {
			span.add(new Text(text.substring(0, at)));
		}
		Span match = new Span(text.substring(at, at + q.length()));
		match.addClassName("palette-match");
		span.add(match);
		if (at + q.length() < text.length()) {
			span.add(new Text(text.substring(at + q.length())));
		}
		return span;
	}

	private static int indexIgnoringCase(String text, String q) {
		for (int at = 0; at + q.length() <= text.length(); at++) {
			if (text.regionMatches(true, at, q, 0, q.length())) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * The hit's status in the tone every other page gives it ({@link StatusBadges}); a
	 * status this UI does not know yet shows as its word, in no tone.
	 */
	private Span statusBadge(Domain domain, String status) {
		try {
			return switch (domain) {
				case ORDERS -> StatusBadges.of(OrderStatus.valueOf(status));
				case CUSTOMERS -> StatusBadges.of(CustomerStatus.valueOf(status));
				case INVOICES -> StatusBadges.of(InvoiceStatus.valueOf(status));
				case PRODUCTS -> StatusBadges.product("ACTIVE".equals(status));
			};
		}
		catch (IllegalArgumentException unknown) {
			return Badge.of(String.valueOf(status), "");
		}
	}

	private boolean mayOpen(Domain domain) {
		return Routes.mayOpen(this.access, this.user, route(domain));
	}

	private static String route(Domain domain) {
		return switch (domain) {
			case ORDERS -> Routes.ORDER;
			case CUSTOMERS -> Routes.CUSTOMER;
			case INVOICES -> Routes.INVOICE;
			case PRODUCTS -> Routes.CATALOG;
		};
	}

	private static Consumer<UI> opener(Domain domain, String id) {
		return switch (domain) {
			case ORDERS -> (ui) -> ui.navigate(Routes.order(UUID.fromString(id)));
			case CUSTOMERS -> (ui) -> ui.navigate(Routes.customer(UUID.fromString(id)));
			case INVOICES -> (ui) -> ui.navigate(Routes.invoice(UUID.fromString(id)));
			case PRODUCTS -> (ui) -> ui.navigate(Routes.CATALOG, QueryParameters.of(Routes.PRODUCT_PARAMETER, id));
		};
	}

	private void select(int index) {
		if (this.options.isEmpty()) {
			return;
		}
		if (this.selected >= 0) {
			Div before = this.options.get(this.selected).row();
			before.getElement().setAttribute("aria-selected", "false");
			before.removeClassName("selected");
		}
		this.selected = Math.floorMod(index, this.options.size());
		Div row = this.options.get(this.selected).row();
		row.getElement().setAttribute("aria-selected", "true");
		row.addClassName("selected");
		row.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
		this.query.getElement()
			.executeJs(
					"const input = this.inputElement || this.querySelector('input');"
							+ " if (input) { input.setAttribute('aria-activedescendant', $0); }",
					row.getId().orElseThrow());
	}

	private void open(Option option) {
		UI ui = getUI().orElse(UI.getCurrent());
		close();
		option.open().accept(ui);
	}

	private void clearResults() {
		this.shown = null;
		this.options.clear();
		this.selected = -1;
		this.results.removeAll();
	}

	private void cancel() {
		if (this.inFlight != null) {
			this.inFlight.dispose();
			this.inFlight = null;
		}
	}

	/**
	 * An option on screen, what it is called and how it opens.
	 *
	 * @param row the option's element
	 * @param title its title
	 * @param open navigates to it
	 */
	private record Option(Div row, String title, Consumer<UI> open) {
	}

}
