package com.example.shop.e2e;

import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.OrdersPage;
import com.example.shop.e2e.pages.Shell;
import org.junit.jupiter.api.Test;

/**
 * Without a mouse: from the address bar, Tab to "Skip to content" and past the frame, Tab
 * to the orders list's rows, the arrow keys to an order and Enter opens it.
 */
@EndToEnd
class KeyboardIT {

	@Test
	void anOrderOpensFromTheListWithTheKeyboardAlone(Shop shop) {
		TestCustomer customer = shop.data().customer("Daehan Logistics");
		TestProduct paper = shop.data().product("A4 paper, 5 reams", 24_000, 50);
		BffClient.Placed order = shop.data().placedOrder(customer, paper, 2);
		// A newer order lists above it, so reaching it takes the arrow keys.
		shop.data().placedOrder(customer, paper, 1);

		Shell sales = shop.signIn(Role.SALES);
		OrdersPage orders = sales.ordersByAddress();
		orders.row(order.orderNumber());
		sales.skipToContent();

		orders.openWithKeyboard(order.orderNumber()).assertAllPartsShown();
	}

}
