package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Dialog;
import com.microsoft.playwright.Page;

/** A form in a dialog, found by its title: its fields by their labels, and Cancel. */
public abstract class FormDialog {

	protected final Dialog dialog;

	FormDialog(Page page, String title) {
		this.dialog = Dialog.titled(page, title);
	}

	/** Clicks Cancel and waits until the form has closed. */
	public void cancel() {
		this.dialog.click("Cancel");
		this.dialog.assertClosed();
	}

	public Dialog dialog() {
		return this.dialog;
	}

}
