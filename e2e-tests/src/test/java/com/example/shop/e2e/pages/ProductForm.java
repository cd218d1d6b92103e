package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Dialog;
import com.example.shop.e2e.pages.vaadin.Field;
import com.microsoft.playwright.Page;

/** A product's edit form, as an admin opens it from the catalog (a dialog). */
public final class ProductForm {

	private final Dialog dialog;

	ProductForm(Page page, String title) {
		this.dialog = Dialog.titled(page, title);
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

	public void cancel() {
		this.dialog.click("Cancel");
		this.dialog.assertClosed();
	}

	public Dialog dialog() {
		return this.dialog;
	}

}
