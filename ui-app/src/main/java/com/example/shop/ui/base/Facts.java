package com.example.shop.ui.base;

import com.example.shop.bff.billing.Invoice;
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

	/**
	 * Adds what an invoice is about in money, as every page that shows an invoice says
	 * it: its amount, what has been paid and what is still outstanding.
	 * @return these facts
	 */
	public Facts invoiceAmounts(Invoice invoice, Formats formats) {
		return fact("invoice.amount", formats.money(invoice.amount()))
			.fact("invoice.paid", formats.money(invoice.paidAmount()))
			.fact("invoice.outstanding", formats.money(invoice.outstandingAmount()));
	}

}
