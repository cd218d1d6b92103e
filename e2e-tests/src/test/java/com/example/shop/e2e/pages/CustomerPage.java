package com.example.shop.e2e.pages;

import java.util.List;

import com.example.shop.e2e.pages.vaadin.Grid;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One customer's overview: name, e-mail and terms; the balance from billing; recent
 * orders from orders; invoices from billing; Edit for billing and admins.
 */
public final class CustomerPage {

	private final Page page;

	CustomerPage(Page page) {
		this.page = page;
	}

	/** Waits until the customer with this name is shown. */
	public CustomerPage assertShows(String name) {
		assertThat(Shell.heading(this.page, name)).isVisible();
		return this;
	}

	/** Credit limit, open, overdue, outstanding, available credit. */
	public Facts balance() {
		return new Facts(this.page, this.page.locator("#customer-balance"));
	}

	public Grid recentOrders() {
		return Grid.named(this.page, "Recent orders");
	}

	public Grid invoices() {
		return Grid.named(this.page, "Invoices");
	}

	/** Waits for the order's row among the recent orders; answers its cells. */
	public List<String> order(String number) {
		return recentOrders().row(number);
	}

	/** Waits for the invoice's row; answers its cells. */
	public List<String> invoice(String number) {
		return invoices().row(number);
	}

	/** Opens an order from its row. */
	public OrderPage openOrder(String number) {
		recentOrders().open(number);
		return new OrderPage(this.page).assertShows(number);
	}

	public Locator editButton() {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit").setExact(true));
	}

}
