package com.example.shop.e2e.pages.vaadin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Vaadin input field found by its visible label, as a person finds it: text, number,
 * decimal and password fields, text areas, selects, combo boxes and date pickers. Its
 * error message is the one shown next to it.
 */
public final class Field {

	static final String TAGS = String.join(", ", "vaadin-text-field", "vaadin-password-field", "vaadin-email-field",
			"vaadin-text-area", "vaadin-integer-field", "vaadin-number-field", "vaadin-big-decimal-field",
			"vaadin-combo-box", "vaadin-multi-select-combo-box", "vaadin-date-picker", "vaadin-select");

	private final Page page;

	private final Locator host;

	private Field(Page page, Locator host) {
		this.page = page;
		this.host = host;
	}

	/**
	 * The field labelled exactly {@code label} within {@code scope} (a page, a dialog).
	 */
	public static Field labelled(Page page, Locator scope, String label) {
		return new Field(page, scope.locator(TAGS)
			.filter(new Locator.FilterOptions().setHas(
					page.locator("label[slot='label']", new Page.LocatorOptions().setHasText(Text.exactly(label))))));
	}

	/** The field labelled exactly {@code label} anywhere on the page. */
	public static Field labelled(Page page, String label) {
		return labelled(page, page.locator("body"), label);
	}

	/** The component itself. */
	public Locator host() {
		return this.host;
	}

	/** Where the user types. */
	public Locator input() {
		return this.host.locator("input[slot='input'], textarea[slot='textarea']").first();
	}

	/**
	 * Types a value and leaves the field, as a person does; the field tells the server on
	 * leaving.
	 */
	public Field fill(String value) {
		input().fill(value);
		input().blur();
		RoundTrip.settle(this.page);
		return this;
	}

	/** Empties the field and leaves it. */
	public Field clear() {
		return fill("");
	}

	/** The message shown next to the field. */
	public Locator errorMessage() {
		return this.host.locator("[slot='error-message']");
	}

	/** Waits until the field is marked invalid with this message next to it. */
	public void assertError(String message) {
		assertThat(this.host).hasAttribute("invalid", "");
		assertThat(errorMessage()).hasText(message);
	}

	/** Waits until the field is marked invalid with a message that contains this. */
	public void assertErrorContaining(String message) {
		assertThat(this.host).hasAttribute("invalid", "");
		assertThat(errorMessage()).containsText(message);
	}

	/**
	 * Whether the whole label shows: the label's text is no wider than the box the field
	 * shows it in (its {@code part="label"}), which cuts a longer one with an ellipsis.
	 */
	public boolean labelShownInFull() {
		Locator label = this.host.locator("label[slot='label']");
		label.waitFor();
		return (Boolean) label.evaluate("""
				(label) => {
				  const text = document.createRange();
				  text.selectNodeContents(label);
				  const box = label.assignedSlot.parentElement;
				  return text.getBoundingClientRect().width <= box.getBoundingClientRect().width + 0.5;
				}""");
	}

	/** Waits until the field shows this value. */
	public void assertValue(String value) {
		assertThat(input()).hasValue(value);
	}

}
