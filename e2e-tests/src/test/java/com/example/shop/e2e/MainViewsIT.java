package com.example.shop.e2e;

import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.harness.Tags;
import com.example.shop.e2e.pages.OrderPage;
import com.example.shop.e2e.pages.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The smoke test of the UI in a real browser: each role signs in, sees exactly the
 * navigation of its role, opens each main view it offers with the test's own data on
 * screen, and is turned away from a view outside the role when typing its address.
 */
@EndToEnd
@Tag(Tags.SMOKE)
class MainViewsIT {

	@Test
	void salesOpensTheCatalogOrdersAnOrderAndCustomersButNotInvoices(Shop shop) {
		TestCustomer customer = shop.data().customer("Hanbit Trading");
		TestProduct keyboard = shop.data().product("Mechanical keyboard", 89_000, 120);
		BffClient.Placed order = shop.data().placedOrder(customer, keyboard, 2);

		Shell sales = shop.signIn(Role.SALES);
		sales.assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers");
		sales.atDashboard().assertEveryPanelShown();

		sales.catalog().search(keyboard.name()).row(keyboard.sku());
		openOrderFromTheList(sales, order, customer, keyboard);
		sales.newOrder();
		sales.customers().search(customer.name()).row(customer.name());

		sales.assertRefused("/invoices", "Invoices");
	}

	@Test
	void billingOpensCustomersAndInvoicesButNotOrdersOrTheCatalog(Shop shop) {
		TestCustomer customer = shop.data().customer("Nuri Design Studio");
		TestProduct cable = shop.data().product("USB-C cable, 2 m", 12_500, 40);
		BffClient.Placed order = shop.data().placedOrder(customer, cable, 3);

		Shell billing = shop.signIn(Role.BILLING);
		billing.assertMenuOffers("Dashboard", "Customers", "Invoices");
		billing.atDashboard().assertEveryPanelShown();

		billing.customers().search(customer.name()).row(customer.name());
		billing.invoices().open(order.invoiceNumber());
		assertThat(billing.page().getByText("Record a payment")).isVisible();

		billing.assertRefused("/orders", "Orders");
		billing.assertRefused("/catalog", "Catalog");
		billing.assertRefused("/order/" + order.orderId(), "Order " + order.orderNumber());
	}

	@Test
	void adminOpensEveryMainView(Shop shop) {
		TestCustomer customer = shop.data().customer("Seoul Office Supply");
		TestProduct monitor = shop.data().product("27-inch monitor", 329_000, 40);
		BffClient.Placed order = shop.data().placedOrder(customer, monitor, 1);

		Shell admin = shop.signIn(Role.ADMIN);
		admin.assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices");
		admin.atDashboard().assertEveryPanelShown();

		admin.catalog().search(monitor.name()).row(monitor.sku());
		openOrderFromTheList(admin, order, customer, monitor);
		admin.newOrder();
		admin.customers().search(customer.name()).row(customer.name());
		admin.invoices().row(order.invoiceNumber());
		admin.dashboard();
	}

	@Test
	void aWrongPasswordKeepsTheUserOnTheSignInPage(Shop shop) {
		shop.signInPage().submit(shop.credentials(Role.SALES).user(), "not-the-password").assertRefused();
	}

	/** From the orders list to the order's detail as the BFF composes it. */
	private static void openOrderFromTheList(Shell user, BffClient.Placed order, TestCustomer customer,
			TestProduct product) {
		OrderPage detail = user.orders().open(order.orderNumber()).assertAllPartsShown();
		detail.line(product.sku());
		assertThat(detail.invoice().locator()).containsText(order.invoiceNumber());
		assertThat(detail.customer()).containsText(customer.name());
	}

}
