package com.example.shop.ui.base;

import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.order.OrderStatus;
import com.vaadin.flow.component.html.Span;

/**
 * The one place that decides what colour a status is (docs/decisions.md, "Status
 * badges"). A tone says what the status means to the person reading it: grey
 * ({@code contrast}) waits for someone, blue (Lumo's plain badge) is under way, green is
 * done well, red needs attention or ended badly. The badge always says the status in
 * words too, so colour is never the only cue (WCAG 1.4.1); Lumo's badge colours keep
 * their contrast in the dark theme. The dashboard's status chart takes its bar colours
 * from here as well.
 */
public final class StatusBadges {

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

	private static Span badge(String key, Enum<?> status, String tone) {
		Span badge = Badge.of("", tone);
		badge.setText(badge.getTranslation(key + status.name()));
		// What e2e page objects and tests read, whatever the language.
		badge.getElement().setAttribute("data-status", status.name());
		return badge;
	}

}
