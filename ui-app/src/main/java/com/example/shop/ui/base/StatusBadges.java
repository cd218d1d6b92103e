package com.example.shop.ui.base;

import java.util.function.Function;
import java.util.function.Predicate;

import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.order.OrderStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The one place that decides what colour a status is (docs/decisions.md, "Status
 * badges"). A tone says what the status means to the person reading it: grey
 * ({@code contrast}) waits for someone, blue (Lumo's plain badge) is under way, green is
 * done well, red needs attention or ended badly. The badge always says the status in
 * words too, so colour is never the only cue (WCAG 1.4.1); Lumo's badge colours keep
 * their contrast in the dark theme. Orders, invoices, customers and products' states are
 * badges wherever they show (lists, pages, the command palette); the dashboard's status
 * chart takes its bar colours from here as well.
 */
public final class StatusBadges {

	/**
	 * The badge of {@link #badge} as a grid's template renderer draws it (what e2e page
	 * objects read, whatever the language).
	 */
	private static final String BADGE = "<span theme=\"${item.theme}\" data-status=\"${item.status}\">${item.label}</span>";

	/** The translation keys' prefixes of the statuses' words, followed by the name. */
	private static final String ORDER = "order.status.";

	private static final String INVOICE = "invoice.status.";

	private static final String CUSTOMER = "customer.status.";

	private StatusBadges() {
	}

	/** An order's status: placed waits, confirmed and shipped are under way. */
	public static String tone(OrderStatus status) {
		return switch (status) {
			case PLACED -> "contrast";
			case CONFIRMED, SHIPPED -> "";
			case DELIVERED -> "success";
			case CANCELLING, CANCELLED -> "error";
		};
	}

	/** An invoice's status: open is under way, overdue needs a reminder, void is over. */
	public static String tone(InvoiceStatus status) {
		return switch (status) {
			case OPEN -> "";
			case OVERDUE -> "error";
			case PAID -> "success";
			case VOID -> "contrast";
		};
	}

	/** A customer's status: suspended customers cannot order on credit. */
	public static String tone(CustomerStatus status) {
		return switch (status) {
			case ACTIVE -> "success";
			case SUSPENDED -> "error";
		};
	}

	/**
	 * A product's state: an active product is sold (green), an inactive one is kept but
	 * not offered (grey).
	 */
	public static String productTone(boolean active) {
		return active ? "success" : "contrast";
	}

	/**
	 * An order's status in words, in the language of this component's UI: what its badge
	 * says (a filter's item, an export's cell, a sentence).
	 */
	public static String label(Component owner, OrderStatus status) {
		return owner.getTranslation(ORDER + status.name());
	}

	/** An invoice's status in words, as its badge says it. */
	public static String label(Component owner, InvoiceStatus status) {
		return owner.getTranslation(INVOICE + status.name());
	}

	/** A customer's status in words, as its badge says it. */
	public static String label(Component owner, CustomerStatus status) {
		return owner.getTranslation(CUSTOMER + status.name());
	}

	/** A product's state in words ("Active", "Inactive"), as its badge says it. */
	public static String productLabel(Component owner, boolean active) {
		return owner.getTranslation(productKey(active));
	}

	/** The order's status as a badge, in the user's language. */
	public static Span of(OrderStatus status) {
		return badge(ORDER, status, tone(status));
	}

	/** The invoice's status as a badge, in the user's language. */
	public static Span of(InvoiceStatus status) {
		return badge(INVOICE, status, tone(status));
	}

	/** The customer's status as a badge, in the user's language. */
	public static Span of(CustomerStatus status) {
		return badge(CUSTOMER, status, tone(status));
	}

	/**
	 * A product's state as a badge, in the user's language ({@code data-status} is
	 * {@code ACTIVE} or {@code INACTIVE}).
	 */
	public static Span product(boolean active) {
		Span badge = Badge.of("", productTone(active));
		badge.setText(badge.getTranslation(productKey(active)));
		badge.getElement().setAttribute("data-status", productState(active));
		return badge;
	}

	/**
	 * A grid column of order statuses, each a badge as {@link #of(OrderStatus)} draws it,
	 * with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> orderColumn(Grid<T> grid, Function<T, OrderStatus> status) {
		return column(grid, ORDER, status, StatusBadges::tone);
	}

	/**
	 * A grid column of invoice statuses, each a badge as {@link #of(InvoiceStatus)} draws
	 * it, with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> invoiceColumn(Grid<T> grid, Function<T, InvoiceStatus> status) {
		return column(grid, INVOICE, status, StatusBadges::tone);
	}

	/**
	 * A grid column of customer statuses, each a badge as {@link #of(CustomerStatus)}
	 * draws it, with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> customerColumn(Grid<T> grid, Function<T, CustomerStatus> status) {
		return column(grid, CUSTOMER, status, StatusBadges::tone);
	}

	/**
	 * A grid column of products' states, each a badge as {@link #product(boolean)} draws
	 * it, with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> productColumn(Grid<T> grid, Predicate<T> active) {
		return column(grid, (row) -> productState(active.test(row)), (row) -> productTone(active.test(row)),
				(row) -> grid.getTranslation(productKey(active.test(row))));
	}

	/**
	 * The badge drawn by the browser from three values per row (a template renderer), not
	 * a component per row: a page of fifty rows would otherwise keep a hundred state
	 * nodes on the server for each open list (ui-app/README.md, "Memory per session").
	 */
	private static <T, S extends Enum<S>> Grid.Column<T> column(Grid<T> grid, String key, Function<T, S> status,
			Function<S, String> tone) {
		return column(grid, (row) -> status.apply(row).name(), (row) -> tone.apply(status.apply(row)),
				(row) -> grid.getTranslation(key + status.apply(row).name()));
	}

	/**
	 * @param status what {@code data-status} says
	 * @param tone the tone of {@link Badge#of}
	 * @param label the word shown, in the user's language
	 */
	private static <T> Grid.Column<T> column(Grid<T> grid, Function<T, String> status, Function<T, String> tone,
			Function<T, String> label) {
		return grid
			.addColumn(LitRenderer.<T>of(BADGE)
				.withProperty("status", status::apply)
				.withProperty("theme", (row) -> theme(tone.apply(row)))
				.withProperty("label", label::apply))
			.setKey("status");
	}

	private static String productState(boolean active) {
		return active ? "ACTIVE" : "INACTIVE";
	}

	private static String productKey(boolean active) {
		return active ? "product.active" : "product.inactive";
	}

	private static String theme(String tone) {
		return tone.isEmpty() ? "badge" : "badge " + tone;
	}

	private static Span badge(String key, Enum<?> status, String tone) {
		Span badge = Badge.of("", tone);
		badge.setText(badge.getTranslation(key + status.name()));
		// What e2e page objects and tests read, whatever the language.
		badge.getElement().setAttribute("data-status", status.name());
		return badge;
	}

}
