package com.example.shop.ui.base;

import java.util.function.Function;
import java.util.function.Predicate;

import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.order.OrderStatus;
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

	/** The order's status as a badge, in the user's language. */
	public static Span of(OrderStatus status) {
		return badge("order.status.", status, tone(status));
	}

	/** The invoice's status as a badge, in the user's language. */
	public static Span of(InvoiceStatus status) {
		return badge("invoice.status.", status, tone(status));
	}

	/** The customer's status as a badge, in the user's language. */
	public static Span of(CustomerStatus status) {
		return badge("customer.status.", status, tone(status));
	}

	/**
	 * A product's state as a badge, in the user's language ({@code data-status} is
	 * {@code ACTIVE} or {@code INACTIVE}).
	 */
	public static Span product(boolean active) {
		Span badge = Badge.of("", productTone(active));
		badge.setText(badge.getTranslation(productLabel(active)));
		badge.getElement().setAttribute("data-status", productState(active));
		return badge;
	}

	/**
	 * A grid column of order statuses, each a badge as {@link #of(OrderStatus)} draws it,
	 * with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> orderColumn(Grid<T> grid, Function<T, OrderStatus> status) {
		return column(grid, "order.status.", status, StatusBadges::tone);
	}

	/**
	 * A grid column of invoice statuses, each a badge as {@link #of(InvoiceStatus)} draws
	 * it, with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> invoiceColumn(Grid<T> grid, Function<T, InvoiceStatus> status) {
		return column(grid, "invoice.status.", status, StatusBadges::tone);
	}

	/**
	 * A grid column of customer statuses, each a badge as {@link #of(CustomerStatus)}
	 * draws it, with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> customerColumn(Grid<T> grid, Function<T, CustomerStatus> status) {
		return column(grid, "customer.status.", status, StatusBadges::tone);
	}

	/**
	 * A grid column of products' states, each a badge as {@link #product(boolean)} draws
	 * it, with the column key {@code status}.
	 */
	public static <T> Grid.Column<T> productColumn(Grid<T> grid, Predicate<T> active) {
		return column(grid, (row) -> productState(active.test(row)), (row) -> productTone(active.test(row)),
				(row) -> grid.getTranslation(productLabel(active.test(row))));
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

	private static String productLabel(boolean active) {
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
