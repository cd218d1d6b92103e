package com.example.shop.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Labelled values side by side (amount, due date, ...), styled by {@code .facts}. */
public class Facts extends Div {

	public Facts() {
		addClassName("facts");
	}

	/**
	 * Adds one labelled value.
	 * @param key the label's translation key
	 * @param value the value as shown
	 * @return these facts
	 */
	public Facts fact(String key, String value) {
		Div fact = new Div(new Span(getTranslation(key)), new Span(value));
		fact.addClassName("fact");
		add(fact);
		return this;
	}

}
