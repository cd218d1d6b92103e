package com.example.shop.e2e;

import java.util.List;

import com.example.shop.billing.api.Customer;
import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.CustomerForm;
import com.example.shop.e2e.pages.CustomerPage;
import com.example.shop.e2e.pages.CustomersPage;
import com.example.shop.e2e.pages.vaadin.Notifications;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers: the overview a sales person opens from the list (balance from billing,
 * recent orders from orders, invoices from billing), and a new customer opened by
 * billing, whose form refuses bad values next to each field and creates nothing until
 * they are right.
 */
@EndToEnd
class CustomerIT {

	@Test
	void theOverviewShowsTheBalanceTheOrdersAndTheInvoices(Shop shop) {
		TestCustomer customer = shop.data().customer("Suwon Florist", "2000000");
		TestProduct vase = shop.data().product("Glass vase", 150_000, 10);
		BffClient.Placed placed = shop.data().placedOrder(customer, vase, 2);

		CustomersPage customers = shop.signIn(Role.SALES).customers().search(customer.name());
		CustomerPage overview = customers.open(customer.name());
		assertThat(overview.balance().value("Credit limit")).hasText("₩2,000,000");
		assertThat(overview.balance().value("Outstanding")).hasText("₩300,000");
		assertThat(overview.balance().value("Available credit")).hasText("₩1,700,000");
		assertThat(overview.order(placed.orderNumber())).contains("Placed", "₩300,000");
		assertThat(overview.invoice(placed.invoiceNumber())).contains("Open", "₩300,000");
		// Sales keeps no accounts: no Edit.
		assertThat(overview.editButton()).isHidden();

		overview.openOrder(placed.orderNumber()).assertAllPartsShown();
	}

	@Test
	void billingOpensACustomerAndTheFormRefusesBadValuesNextToEachField(Shop shop) {
		String name = shop.data().text("Mapo Bakery");
		String email = shop.data().email();
		CustomersPage customers = shop.signIn(Role.BILLING).customers();

		CustomerForm form = customers.newCustomer();
		form.email().fill("not an address");
		form.creditLimit().fill("-5");
		form.paymentTerms().fill("400");
		form.create();
		form.name().assertError("Enter the company name.");
		form.email().assertError("Enter an e-mail address such as ap@example.com.");
		form.creditLimit().assertErrorContaining("A non-negative amount");
		form.paymentTerms().assertError("Between 0 and 365 days.");
		assertThat(shop.backends().billing().customersMatching(name)).isEmpty();

		form.name().fill(name);
		form.email().fill(email);
		form.creditLimit().fill("3000000");
		form.paymentTerms().fill("45");
		form.create().dialog().assertClosed();
		Notifications.expectSuccess(customers.grid().locator().page(), "Customer " + name + " created.");

		List<Customer> created = shop.backends().billing().customersMatching(name);
		assertThat(created).singleElement().satisfies((c) -> {
			assertThat(c.email()).isEqualTo(email);
			assertThat(c.creditLimit().amount()).isEqualTo("3000000.00");
			assertThat(c.paymentTermsDays()).isEqualTo(45);
			assertThat(c.status()).isEqualTo(CustomerStatus.ACTIVE);
		});
		customers.search(name);
		assertThat(customers.row(name)).contains(email, "Active", "₩3,000,000");
	}

}
