package com.example.shop.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.catalog.v1.Product;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.BusinessDay;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.NewOrderPage;
import com.example.shop.e2e.pages.OrdersPage;
import com.example.shop.e2e.pages.PaymentForm;
import com.example.shop.e2e.pages.ProductForm;
import com.example.shop.e2e.pages.vaadin.Notifications;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input in every form that takes input: each mistake gets a message next to its
 * field, and nothing is saved, which the backends confirm. (Sign-in with a wrong password
 * is in {@link RolesIT}.)
 */
@EndToEnd
class BadInputIT {

	@Test
	void theOrderFormSaysWhatIsMissingAndPlacesNothing(Shop shop) {
		TestCustomer customer = shop.data().customer("Ulsan Shipyard Canteen");
		TestProduct kettle = shop.data().product("Electric kettle", 45_000, 12);

		NewOrderPage form = shop.signIn(Role.SALES).newOrder();
		form.clickAdd();
		form.product().field().assertError("Pick a product.");

		form.product().pick(kettle.name());
		form.quantity().fill("0");
		form.clickAdd();
		form.quantity().assertError("1 to 10,000.");

		form.quantity().fill("2");
		form.clickAdd();
		assertThat(form.lines().cell(kettle.name())).isVisible();
		form.clickPlace();
		form.customer().field().assertError("Pick a customer.");
		form.assertNothingPlaced();

		assertThat(shop.backends().orders().ordersOf(customer.id())).isEmpty();
		Product unchanged = shop.backends().catalog().product(kettle.sku());
		assertThat(unchanged.getStockOnHand()).isEqualTo(12);
		assertThat(unchanged.getReserved()).isZero();
	}

	@Test
	void thePaymentFormRefusesBadAmountsAndReferencesAndRecordsNothing(Shop shop) {
		TestCustomer customer = shop.data().customer("Jeonju Paper Mill");
		TestProduct roll = shop.data().product("Paper roll", 30_000, 50);
		BffClient.Placed order = shop.data().placedOrder(customer, roll, 4);

		var invoice = shop.signIn(Role.BILLING).openInvoice(order.invoiceId()).assertShows(order.invoiceNumber());
		PaymentForm payment = invoice.recordPayment(order.invoiceNumber());
		payment.amount().clear();
		payment.submit();
		payment.amount().assertError("Enter the amount received.");

		payment.amount().fill("0");
		payment.submit();
		payment.amount().assertError("The amount must be more than zero.");

		payment.amount().fill("120001");
		payment.submit();
		payment.amount().assertError("More than is outstanding (₩120,000).");

		payment.amount().fill("1000");
		payment.reference().fill("<script>");
		payment.submit();
		payment.reference().assertError("Letters, digits, spaces and . _ : / # - only.");
		payment.cancel();

		assertThat(invoice.status()).hasText("Open");
		Invoice unpaid = shop.backends().billing().invoiceOf(order.orderId()).orElseThrow();
		assertThat(unpaid.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(unpaid.outstandingAmount().amount()).isEqualTo("120000.00");
		assertThat(shop.backends().billing().payments(unpaid.id())).isEmpty();
	}

	@Test
	void theProductFormRefusesBadValuesAndSavesNothing(Shop shop) {
		TestProduct stool = shop.data().product("Bar stool", 75_000, 8);

		var catalog = shop.signIn(Role.ADMIN).catalog().search(stool.name());
		ProductForm form = catalog.open(stool.sku(), stool.name());
		form.name().clear();
		form.price().fill("-5");
		form.stock().fill("-1");
		form.save();
		form.name().assertError("Enter a name.");
		form.price().assertError("A non-negative amount with at most 2 decimals.");
		form.stock().assertError("Stock cannot be negative.");
		form.cancel();

		Product unchanged = shop.backends().catalog().product(stool.sku());
		assertThat(unchanged.getName()).isEqualTo(stool.name());
		assertThat(unchanged.getPrice().getUnits()).isEqualTo(75_000);
		assertThat(unchanged.getStockOnHand()).isEqualTo(8);
		assertThat(unchanged.getVersion()).isZero();
	}

	@Test
	void theOrdersDateFilterSaysWhatIsWrongNextToTheDate(Shop shop) {
		TestCustomer customer = shop.data().customer("Sokcho Fish Market");
		TestProduct scale = shop.data().product("Counter scale", 64_000, 9);
		BffClient.Placed placed = shop.data().placedOrder(customer, scale, 1);
		LocalDate today = BusinessDay.today();

		OrdersPage orders = shop.signIn(Role.SALES).orders().placedBetween(today.minusDays(7), today);
		orders.row(placed.orderNumber());

		orders.from().set(today.plusDays(3));
		orders.from().field().assertError("From must be on or before To.");
		// The list waits for a range that makes sense rather than showing an error.
		orders.grid().assertEmpty();

		orders.from().type("31/31/2026");
		orders.from()
			.field()
			.assertError(
					"Enter a date such as " + DateTimeFormatter.ofPattern("M/d/yyyy").format(today) + ", or pick one.");

		// A date written as the message suggests is taken.
		orders.from().set(today.minusDays(7));
		assertThat(orders.from().field().host()).not().hasAttribute("invalid", "");
		orders.row(placed.orderNumber());
		assertThat(Notifications.containing(orders.grid().locator().page(), "")).hasCount(0);
	}

}
