package com.example.shop.ui.base;

import com.vaadin.flow.component.html.Span;

/** A short word in a coloured pill (Lumo's badge): a status, an outcome, a warning. */
public final class Badge {

	private Badge() {
	}

	/**
	 * @param text what it says
	 * @param tone {@code success}, {@code error}, {@code contrast}, or empty for neutral
	 */
	public static Span of(String text, String tone) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add(tone.isEmpty() ? "badge" : "badge " + tone);
		return badge;
	}

}
