package com.example.shop.e2e;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The smoke test of the UI in a real browser: each demo user signs in on the login page,
 * sees exactly the navigation of their role, opens each main view it offers with the
 * arranged data on screen, and is turned away from a view outside the role when typing
 * its address.
 */
class MainViewsIT extends BrowserTest {

	@Test
	void salesOpensTheCatalogOrdersAnOrderAndCustomersButNotInvoices() {
		signInAs("sales");
		assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers");
		dashboardShowsEveryPanel();

		openFromMenu("Catalog", "Catalog");
		assertThat(cell(shop.seed.productName())).isVisible();
		openFromMenu("Orders", "Orders");
		openOrderFromTheList();
		openFromMenu("New order", "New order");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")))
			.isVisible();
		openFromMenu("Customers", "Customers");
		assertThat(cell(shop.seed.customerName())).isVisible();

		refusedByUrl("/invoices", "Invoices");
	}

	@Test
	void billingOpensCustomersAndInvoicesButNotOrdersOrTheCatalog() {
		signInAs("billing");
		assertMenuOffers("Dashboard", "Customers", "Invoices");
		dashboardShowsEveryPanel();

		openFromMenu("Customers", "Customers");
		assertThat(cell(shop.seed.customerName())).isVisible();
		openFromMenu("Invoices", "Invoices");
		cell(shop.seed.invoiceNumber()).click();
		assertThat(heading("Invoice " + shop.seed.invoiceNumber())).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a payment")))
			.isVisible();

		refusedByUrl("/orders", "Orders");
		refusedByUrl("/catalog", "Catalog");
		refusedByUrl("/order/" + shop.seed.orderId(), "Order " + shop.seed.orderNumber());
	}

	@Test
	void adminOpensEveryMainView() {
		signInAs("admin");
		assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices");
		dashboardShowsEveryPanel();

		openFromMenu("Catalog", "Catalog");
		assertThat(cell(shop.seed.productName())).isVisible();
		openFromMenu("Orders", "Orders");
		openOrderFromTheList();
		openFromMenu("New order", "New order");
		openFromMenu("Customers", "Customers");
		assertThat(cell(shop.seed.customerName())).isVisible();
		openFromMenu("Invoices", "Invoices");
		assertThat(cell(shop.seed.invoiceNumber())).isVisible();
		openFromMenu("Dashboard", "Dashboard");
	}

	@Test
	void aWrongPasswordKeepsTheUserOnTheLoginPage() {
		openUrl("/orders");
		this.page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill("sales");
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		assertThat(this.page.getByText("Wrong user name or password")).isVisible();
		assertThat(heading("Orders")).hasCount(0);
	}

	/** Every panel rendered from its backend: none says its data is unavailable. */
	private void dashboardShowsEveryPanel() {
		for (String panel : new String[] { "revenue", "status", "ageing", "low-stock" }) {
			assertThat(this.page.locator("#panel-" + panel)).isVisible();
		}
		assertThat(this.page.locator("#panel-revenue svg")).isVisible();
		assertThat(this.page.locator(".unavailable")).hasCount(0);
	}

	/** From the orders list to the order's detail as the BFF composes it. */
	private void openOrderFromTheList() {
		cell(shop.seed.orderNumber()).click();
		assertThat(heading("Order " + shop.seed.orderNumber())).isVisible();
		assertThat(this.page.locator("#order-status")).isVisible();
		assertThat(cell(shop.seed.productName())).isVisible();
		assertThat(this.page.locator("#order-invoice")).containsText(shop.seed.invoiceNumber());
		assertThat(this.page.locator("#order-customer")).containsText(shop.seed.customerName());
		assertThat(this.page.locator(".unavailable")).hasCount(0);
	}

	/**
	 * Typing the address of a view outside the role shows the not-found page (Vaadin's
	 * answer to a denied route), never the view.
	 */
	private void refusedByUrl(String path, String viewHeading) {
		openUrl(path);
		assertThat(this.page.getByText("Could not navigate")).isVisible();
		assertThat(heading(viewHeading)).hasCount(0);
	}

}
