package com.example.shop.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The command palette (Ctrl+K anywhere): a combobox whose options are grouped by domain;
 * the arrow keys choose and Enter opens, all from the keyboard.
 */
public final class CommandPalette {

	private final Page page;

	CommandPalette(Page page) {
		this.page = page;
	}

	/**
	 * Opens it with Ctrl+K, wherever the focus is, and waits for its field to have the
	 * focus.
	 */
	static CommandPalette openWithKeyboard(Page page) {
		page.keyboard().press("Control+k");
		CommandPalette palette = new CommandPalette(page);
		assertThat(palette.field()).isFocused();
		return palette;
	}

	/** The field, a combobox named for what it searches. */
	public Locator field() {
		return this.page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName("Search orders, customers, invoices and products"));
	}

	/** The options shown, in order. */
	public Locator options() {
		return this.page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION);
	}

	/** Types the query and waits until an option containing {@code expected} is shown. */
	public CommandPalette search(String query, String expected) {
		field().pressSequentially(query);
		assertThat(options().filter(new Locator.FilterOptions().setHasText(expected)).first()).isVisible();
		return this;
	}

	/**
	 * Moves the selection with ArrowDown, one option at a time (each waited for), from
	 * the first option to the one containing {@code text}.
	 */
	public CommandPalette choose(String text) {
		assertThat(options().first()).hasAttribute("aria-selected", "true");
		int count = options().count();
		for (int i = 0; i < count; i++) {
			if (options().nth(i).textContent().contains(text)) {
				for (int k = 1; k <= i; k++) {
					this.page.keyboard().press("ArrowDown");
					assertThat(options().nth(k)).hasAttribute("aria-selected", "true");
				}
				return this;
			}
		}
		throw new AssertionError("No option contains " + text);
	}

	/** Enter on the selected option, which opens an order. */
	public OrderPage openOrder() {
		enter();
		return new OrderPage(this.page);
	}

	/** Enter on the selected option, which opens a customer. */
	public CustomerPage openCustomer() {
		enter();
		return new CustomerPage(this.page);
	}

	/**
	 * Enter on the selected option, then waits until the palette has left the page: it
	 * closes as the option opens, but its closing animation keeps it there a moment, and
	 * a Ctrl+K in that moment would find two palettes.
	 */
	private void enter() {
		this.page.keyboard().press("Enter");
		assertThat(field()).hasCount(0);
	}

}
