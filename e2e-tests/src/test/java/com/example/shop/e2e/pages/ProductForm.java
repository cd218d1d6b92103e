package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Field;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A product's edit form, as an admin opens it from the catalog (a dialog). */
public final class ProductForm extends FormDialog {

	ProductForm(Page page, String title) {
		super(page, title);
	}

	public Field name() {
		return this.dialog.field("Name");
	}

	public Field category() {
		return this.dialog.field("Category");
	}

	public Field price() {
		return this.dialog.field("Price");
	}

	public Field stock() {
		return this.dialog.field("In stock");
	}

	/** Clicks Save; the form closes if the catalog took the change. */
	public ProductForm save() {
		this.dialog.click("Save");
		return this;
	}

	/**
	 * What the form says when someone else saved the product since it opened: who, when
	 * and what they changed.
	 */
	public Locator conflict() {
		return this.dialog.locator().locator("#product-conflict");
	}

	/** After a conflict: the form takes the other person's values. */
	public ProductForm useTheirValues() {
		this.dialog.click("Use their values");
		return this;
	}

	/** Closes the read-only details. */
	public void close() {
		this.dialog.click("Close");
		this.dialog.assertClosed();
	}

	/**
	 * Waits until the product is shown read-only: facts and Close, no form and no Save.
	 */
	public ProductForm assertReadOnly() {
		assertThat(this.dialog.button("Close")).isVisible();
		assertThat(this.dialog.button("Save")).hasCount(0);
		assertThat(this.dialog.locator().locator("vaadin-text-field")).hasCount(0);
		return this;
	}

}
