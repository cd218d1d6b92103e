package com.example.shop.e2e;

import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.e2e.backends.Backends;
import com.example.shop.e2e.data.BusinessDay;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.harness.Tags;
import com.example.shop.e2e.pages.CatalogPage;
import com.example.shop.e2e.pages.NewOrderPage;
import com.example.shop.e2e.pages.OrderPage;
import com.example.shop.e2e.pages.OrdersPage;
import com.example.shop.e2e.pages.Shell;
import com.example.shop.orders.api.Order;
import com.example.shop.orders.api.OrderStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing an order from the UI: the stock goes down in the catalog, the invoice appears
 * in billing, the order shows all three parts; over the credit limit the form says so
 * before submitting, billing declines, and nothing is created anywhere.
 */
@EndToEnd
class PlaceOrderIT {

	@Test
	@Tag(Tags.SMOKE)
	void anOrderTakesStockIsInvoicedAndShowsAllItsParts(Shop shop) {
		TestCustomer customer = shop.data().customer("Hanbit Trading");
		TestProduct chair = shop.data().product("Office chair", 150_000, 20);
		TestProduct lamp = shop.data().product("Desk lamp", 28_000, 9);

		Shell sales = shop.signIn(Role.SALES);
		NewOrderPage form = sales.newOrder().forCustomer(customer.name()).add(chair.name(), 3).add(lamp.name(), 1);
		assertThat(form.total()).hasText("₩478,000");
		assertThat(form.creditCheck()).containsText("Within the available credit of ₩50,000,000");
		NewOrderPage.Outcome outcome = form.place();
		String number = outcome.assertPlaced();
		// On a busy machine a step can miss the request's budget; the reconciler finishes
		// it.
		shop.data().finishedPlacing(customer, number);

		OrderPage order = outcome.openOrder().reload().assertAllPartsShown();
		assertThat(order.status()).hasText("Placed");
		assertThat(order.line(chair.sku())).contains("3", "₩450,000", "17");
		assertThat(order.line(lamp.sku())).contains("1", "₩28,000", "8");
		assertThat(order.invoice().value("Status")).hasText("Open");
		assertThat(order.invoice().value("Amount")).hasText("₩478,000");
		assertThat(order.customer()).containsText(customer.name());

		CatalogPage catalog = sales.catalog().search(chair.name());
		assertThat(catalog.row(chair.sku()).get(CatalogPage.IN_STOCK)).isEqualTo("17");

		OrdersPage orders = sales.orders().placedBetween(BusinessDay.today(), BusinessDay.today());
		assertThat(orders.row(number)).contains(customer.name(), "Placed", "₩478,000");

		Backends backends = shop.backends();
		Order placed = backends.orders().byNumber(customer.id(), number);
		assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
		assertThat(placed.total().amount()).isEqualTo("478000.00");
		assertThat(backends.catalog().product(chair.sku()).getStockOnHand()).isEqualTo(17);
		assertThat(backends.catalog().product(lamp.sku()).getStockOnHand()).isEqualTo(8);
		Invoice invoice = backends.billing().invoiceOf(placed.id()).orElseThrow();
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(invoice.amount().amount()).isEqualTo("478000.00");
		assertThat(invoice.customerId()).isEqualTo(customer.id());
	}

	@Test
	void anOrderOverTheCreditLimitIsNotSentAndNothingIsCreated(Shop shop) {
		TestCustomer customer = shop.data().customer("Nuri Design Studio", "100000");
		TestProduct keyboard = shop.data().product("Mechanical keyboard", 89_000, 10);

		Shell sales = shop.signIn(Role.SALES);
		NewOrderPage form = sales.newOrder().forCustomer(customer.name()).add(keyboard.name(), 2);
		assertThat(form.total()).hasText("₩178,000");
		assertThat(form.creditCheck())
			.containsText("Exceeds the available credit of ₩100,000: billing will decline it");
		// The form does not send what billing would decline.
		assertThat(form.placeButton()).isDisabled();

		Backends backends = shop.backends();
		assertThat(backends.orders().ordersOf(customer.id())).isEmpty();
		assertThat(backends.billing().invoicesOf(customer.id())).isEmpty();
		assertThat(backends.catalog().product(keyboard.sku()).getStockOnHand()).isEqualTo(10);
		assertThat(backends.catalog().product(keyboard.sku()).getReserved()).isZero();
	}

}
