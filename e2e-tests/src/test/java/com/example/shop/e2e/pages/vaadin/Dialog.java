package com.example.shop.e2e.pages.vaadin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An open Vaadin dialog or confirm dialog, found by its title. */
public final class Dialog {

	private final Page page;

	private final Locator dialog;

	private Dialog(Page page, Locator dialog) {
		this.page = page;
		this.dialog = dialog;
	}

	/**
	 * The open dialog titled exactly {@code title}; waits until it is open. (The dialog
	 * element itself has no box of its own, so "open" is its {@code opened} state, not
	 * Playwright's visibility; its fields and buttons are visible as usual.)
	 */
	public static Dialog titled(Page page, String title) {
		Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title).setExact(true))
			.or(page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName(title).setExact(true)));
		assertThat(dialog).hasAttribute("opened", "");
		return new Dialog(page, dialog);
	}

	public Locator locator() {
		return this.dialog;
	}

	/** A field of the dialog, by its label. */
	public Field field(String label) {
		return Field.labelled(this.page, this.dialog, label);
	}

	/** A button of the dialog, by its text. */
	public Locator button(String name) {
		return this.dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** Clicks a button of the dialog and waits for the server's answer. */
	public void click(String button) {
		button(button).click();
		RoundTrip.settle(this.page);
	}

	/** Waits until the dialog is closed. */
	public void assertClosed() {
		assertThat(this.dialog).hasCount(0);
	}

}
