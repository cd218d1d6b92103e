package com.example.shop.e2e.pages.vaadin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Page;

/**
 * A Vaadin date picker: the date typed as a person in an English (US) browser types it,
 * committed with Enter.
 */
public final class DatePicker {

	private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");

	private final Page page;

	private final Field field;

	private DatePicker(Page page, Field field) {
		this.page = page;
		this.field = field;
	}

	public static DatePicker labelled(Page page, String label) {
		return new DatePicker(page, Field.labelled(page, label));
	}

	/** Types the date and commits it. */
	public DatePicker set(LocalDate date) {
		return type(US.format(date));
	}

	/** Types anything, a date or not, and commits it. */
	public DatePicker type(String text) {
		this.field.input().fill(text);
		this.field.input().press("Enter");
		RoundTrip.settle(this.page);
		return this;
	}

	/** The field, for its value and error message. */
	public Field field() {
		return this.field;
	}

}
