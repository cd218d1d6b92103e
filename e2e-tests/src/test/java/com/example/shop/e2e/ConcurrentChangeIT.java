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
 * Two people change the same order: the second, who still sees it as it was, is told that
 * someone else changed it and sees the change; nothing the first did is overwritten.
 */
@EndToEnd
class ConcurrentChangeIT {

	@Test
	void theSecondOfTwoUsersChangingAnOrderIsToldAndNothingIsOverwritten(Shop shop) {
		TestCustomer customer = shop.data().customer("Incheon Air Cargo");
		TestProduct pallet = shop.data().product("Pallet jack", 510_000, 6);
		BffClient.Placed placed = shop.data().placedOrder(customer, pallet, 2);

		OrderPage first = shop.signIn(Role.SALES).openOrder(placed.orderId(), placed.orderNumber());
		OrderPage second = shop.signIn(Role.ADMIN).openOrder(placed.orderId(), placed.orderNumber());
		assertThat(second.status()).hasText("Placed");

		first.confirm();
		Notifications.expectSuccess(first.page(), "Confirm: order " + placed.orderNumber() + " is updated.");
		assertThat(first.status()).hasText("Confirmed");

		// The second still shows the order as placed, and cancels it.
		assertThat(second.status()).hasText("Placed");
		second.cancel(shop.data().text("duplicate order"));
		Notifications.expectWarning(second.page(), "Someone else changed this since you opened it");
		assertThat(second.status()).hasText("Confirmed");

		Backends backends = shop.backends();
		Order order = backends.orders().order(placed.orderId());
		assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.cancellationReason()).isNull();
		assertThat(backends.billing().invoiceOf(placed.orderId()).orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
		assertThat(backends.catalog().product(pallet.sku()).getStockOnHand()).isEqualTo(4);
	}

}
