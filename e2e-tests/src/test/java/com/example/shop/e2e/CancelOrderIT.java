package com.example.shop.e2e;

import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.e2e.backends.Backends;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.OrderPage;
import com.example.shop.e2e.pages.vaadin.Notifications;
import com.example.shop.orders.api.Order;
import com.example.shop.orders.api.OrderStatus;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling an order: its stock comes back and its invoice is void. An order whose
 * invoice has payments cannot be cancelled, and the user is told why.
 */
@EndToEnd
class CancelOrderIT {

	@Test
	void cancellingAnOrderReturnsItsStockAndVoidsItsInvoice(Shop shop) {
		TestCustomer customer = shop.data().customer("Busan Harbour Logistics");
		TestProduct shelf = shop.data().product("Steel shelf", 64_000, 10);
		BffClient.Placed placed = shop.data().placedOrder(customer, shelf, 4);
		assertThat(shop.backends().catalog().product(shelf.sku()).getStockOnHand()).isEqualTo(6);
		String reason = shop.data().text("customer changed their mind");

		OrderPage order = shop.signIn(Role.SALES).openOrder(placed.orderId(), placed.orderNumber());
		order.cancel(reason);
		Notifications.expectSuccess(order.page(), "Order " + placed.orderNumber() + " is cancelled.");
		assertThat(order.status()).hasText("Cancelled");
		assertThat(order.facts().value("Reason for cancelling")).hasText(reason);
		assertThat(order.invoice().value("Status")).hasText("Void");
		assertThat(order.action("Cancel order")).hasCount(0);

		Backends backends = shop.backends();
		Order cancelled = backends.orders().order(placed.orderId());
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.cancellationReason()).isEqualTo(reason);
		assertThat(backends.billing().invoiceOf(placed.orderId()).orElseThrow().status()).isEqualTo(InvoiceStatus.VOID);
		assertThat(backends.catalog().product(shelf.sku()).getStockOnHand()).isEqualTo(10);
	}

	@Test
	void aPaidOrderCannotBeCancelledAndTheUserIsToldWhy(Shop shop) {
		TestCustomer customer = shop.data().customer("Daejeon Science Labs");
		TestProduct scope = shop.data().product("Lab microscope", 420_000, 5);
		BffClient.Placed placed = shop.data().placedOrder(customer, scope, 1);
		shop.backends().billing().pay(placed.invoiceId(), "420000");

		OrderPage order = shop.signIn(Role.SALES).openOrder(placed.orderId(), placed.orderNumber());
		assertThat(order.invoice().value("Status")).hasText("Paid");
		order.cancel(shop.data().text("too late"));
		Notifications.expectWarning(order.page(), "Order " + placed.orderNumber()
				+ " has payments on its invoice and can no longer be cancelled; it stays Placed.");
		assertThat(order.status()).hasText("Placed");
		assertThat(order.invoice().value("Status")).hasText("Paid");

		Backends backends = shop.backends();
		assertThat(backends.orders().order(placed.orderId()).status()).isEqualTo(OrderStatus.PLACED);
		assertThat(backends.billing().invoiceOf(placed.orderId()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(backends.catalog().product(scope.sku()).getStockOnHand()).isEqualTo(4);
	}

}
