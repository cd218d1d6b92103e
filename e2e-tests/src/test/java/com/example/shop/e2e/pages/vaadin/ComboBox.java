package com.example.shop.e2e.pages.vaadin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Vaadin combo box: type to filter (the server answers with the matching items), then
 * pick one of the offered items.
 */
public final class ComboBox {

	private final Page page;

	private final Field field;

	private ComboBox(Page page, Field field) {
		this.page = page;
		this.field = field;
	}

	public static ComboBox labelled(Page page, String label) {
		return new ComboBox(page, Field.labelled(page, label));
	}

	public static ComboBox labelled(Page page, Locator scope, String label) {
		return new ComboBox(page, Field.labelled(page, scope, label));
	}

	/**
	 * Types {@code filter} and picks the first item offered whose text contains
	 * {@code item}.
	 */
	public ComboBox pick(String filter, String item) {
		Locator input = this.field.input();
		input.click();
		input.fill(filter);
		Locator offered = this.field.host()
			.locator("vaadin-combo-box-item:visible")
			.filter(new Locator.FilterOptions().setHasText(Text.containing(item)))
			.first();
		offered.click();
		RoundTrip.settle(this.page);
		assertThat(input).hasValue(Text.containing(item));
		return this;
	}

	/** Types the item's text and picks it. */
	public ComboBox pick(String item) {
		return pick(item, item);
	}

	/** The field, for its value and error message. */
	public Field field() {
		return this.field;
	}

}
