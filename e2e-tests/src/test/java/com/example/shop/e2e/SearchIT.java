package com.example.shop.e2e;

import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.Shell;
import org.junit.jupiter.api.Test;

/**
 * The command palette from the keyboard alone: Ctrl+K, type, the arrow keys, Enter, in a
 * real browser against the running system.
 */
@EndToEnd
class SearchIT {

	@Test
	void anOrderNumberAndACustomersNameOpenTheirPagesFromTheKeyboard(Shop shop) {
		TestCustomer customer = shop.data().customer("Hanbit Stationery");
		TestProduct pens = shop.data().product("Gel pens, box of 12", 9_000, 40);
		BffClient.Placed order = shop.data().placedOrder(customer, pens, 2);

		Shell sales = shop.signIn(Role.SALES);
		sales.atDashboard();
		sales.search().search(order.orderNumber(), order.orderNumber()).openOrder().assertShows(order.orderNumber());

		// The customer's name finds the customer's order first, then the customer.
		sales.search()
			.search(customer.name(), customer.email())
			.choose(customer.email())
			.openCustomer()
			.assertShows(customer.name());
	}

}
