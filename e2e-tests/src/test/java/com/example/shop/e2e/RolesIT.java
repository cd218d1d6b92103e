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
import com.example.shop.e2e.pages.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing in and out for each role: each sees exactly the navigation of its role, opens
 * each view it offers with the test's own data on screen, does not see actions outside
 * its role, is turned away from a view outside the role when typing its address, and
 * after signing out is asked to sign in again.
 */
@EndToEnd
@Tag(Tags.SMOKE)
class RolesIT {

	@Test
	void salesWorksWithTheCatalogOrdersAndCustomersAndReadsInvoicesButMayNotPayOrEditTheCatalog(Shop shop) {
		TestCustomer customer = shop.data().customer("Hanbit Trading");
		TestProduct keyboard = shop.data().product("Mechanical keyboard", 89_000, 120);
		BffClient.Placed order = shop.data().placedOrder(customer, keyboard, 2);

		Shell sales = signInSeeing(shop, Role.SALES, "Dashboard", "Catalog", "Orders", "New order", "Customers",
				"Invoices");

		var catalog = sales.catalog().search(keyboard.name());
		catalog.row(keyboard.sku());
		catalog.open(keyboard.sku(), keyboard.name()).assertReadOnly().close();
		openOrderFromTheList(sales, order, customer, keyboard);
		sales.newOrder();
		sales.customers().search(customer.name()).row(customer.name());

		// Everybody who answers customers reads invoices (docs/security.md); paying
		// is billing's.
		var invoice = sales.invoices().open(order.invoiceNumber());
		assertThat(invoice.recordPaymentButton()).isHidden();
		signOutAndStayOut(sales, "/orders");
	}

	@Test
	void billingWorksWithCustomersAndInvoicesAndReadsOrdersAndTheCatalogButMayNotPlaceOrMoveOrders(Shop shop) {
		TestCustomer customer = shop.data().customer("Nuri Design Studio");
		TestProduct cable = shop.data().product("USB-C cable, 2 m", 12_500, 40);
		BffClient.Placed order = shop.data().placedOrder(customer, cable, 3);

		Shell billing = signInSeeing(shop, Role.BILLING, "Dashboard", "Catalog", "Orders", "Customers", "Invoices");

		billing.customers().search(customer.name()).row(customer.name());
		var invoice = billing.invoices().open(order.invoiceNumber());
		assertThat(invoice.recordPaymentButton()).isVisible();

		// Reading orders and the catalog is everybody's (docs/security.md); placing
		// and moving orders and editing products is not billing's.
		billing.catalog().search(cable.name()).open(cable.sku(), cable.name()).assertReadOnly().close();
		OrderPage detail = billing.openOrder(order.orderId(), order.orderNumber());
		assertThat(detail.action("Confirm")).hasCount(0);
		assertThat(detail.action("Cancel order")).hasCount(0);
		billing.assertRefused("/orders/new", "New order");
		signOutAndStayOut(billing, "/invoices");
	}

	@Test
	void adminOpensEveryViewAndEditsTheCatalog(Shop shop) {
		TestCustomer customer = shop.data().customer("Seoul Office Supply");
		TestProduct monitor = shop.data().product("27-inch monitor", 329_000, 40);
		BffClient.Placed order = shop.data().placedOrder(customer, monitor, 1);

		Shell admin = signInSeeing(shop, Role.ADMIN, "Dashboard", "Catalog", "Orders", "New order", "Customers",
				"Invoices", "Needs attention", "Jobs");

		var catalog = admin.catalog().search(monitor.name());
		catalog.row(monitor.sku());
		var form = catalog.open(monitor.sku(), monitor.name());
		form.name().assertValue(monitor.name());
		form.cancel();
		openOrderFromTheList(admin, order, customer, monitor);
		admin.newOrder();
		admin.customers().search(customer.name()).row(customer.name());
		admin.invoices().open(order.invoiceNumber());
		admin.dashboard();
		signOutAndStayOut(admin, "/catalog");
	}

	@Test
	void aWrongPasswordKeepsTheUserOnTheSignInPage(Shop shop) {
		SignIn signIn = shop.signInPage().submit(shop.credentials(Role.SALES).user(), "not-the-password");
		signIn.assertRefused();
	}

	/**
	 * Signs in with the role: the navigation offers exactly these views, and the
	 * dashboard shows every panel.
	 */
	private static Shell signInSeeing(Shop shop, Role role, String... menu) {
		Shell user = shop.signIn(role);
		user.assertMenuOffers(menu);
		user.atDashboard().assertEveryPanelShown();
		return user;
	}

	/** From the orders list to the order's detail as the BFF composes it. */
	private static void openOrderFromTheList(Shell user, BffClient.Placed order, TestCustomer customer,
			TestProduct product) {
		OrderPage detail = user.orders().open(order.orderNumber()).assertAllPartsShown();
		detail.line(product.sku());
		assertThat(detail.invoice().locator()).containsText(order.invoiceNumber());
		assertThat(detail.customer()).containsText(customer.name());
	}

	/** Signs out; the view's address then leads to the sign-in page, not the view. */
	private static void signOutAndStayOut(Shell user, String path) {
		user.go("/");
		SignIn signIn = user.signOut();
		user.go(path);
		signIn.assertShown();
		assertThat(user.userName()).hasCount(0);
	}

}
