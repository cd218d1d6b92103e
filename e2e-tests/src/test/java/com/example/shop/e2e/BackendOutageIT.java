package com.example.shop.e2e;

import java.time.Duration;

import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.RunningShop;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.harness.Tags;
import com.example.shop.e2e.pages.DashboardPage;
import com.example.shop.e2e.pages.OrderPage;
import com.example.shop.e2e.pages.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A backend stops while people work: the pages that need it say its part is not available
 * right now, everything else keeps working, and they recover when it is back. It stops
 * billing of the system the suite started itself, so it runs alone ({@code @Isolated})
 * and never against a deployment ({@value Tags#OWN_SYSTEM}).
 */
@EndToEnd
@Isolated
@Tag(Tags.OWN_SYSTEM)
class BackendOutageIT {

	@Test
	void whileBillingIsDownItsPartsSaySoTheRestWorksAndAllRecoverWhenItIsBack(Shop shop) {
		TestCustomer customer = shop.data().customer("Gwangju Print Works");
		TestProduct toner = shop.data().product("Toner cartridge", 98_000, 30);
		BffClient.Placed placed = shop.data().placedOrder(customer, toner, 3);
		Shell admin = shop.signIn(Role.ADMIN);
		admin.openOrder(placed.orderId(), placed.orderNumber()).assertAllPartsShown();

		RunningShop system = shop.ownSystem();
		system.stopService("billing");
		try {
			OrderPage order = admin.openOrder(placed.orderId(), placed.orderNumber());
			assertThat(order.unavailable().first()).containsText("billing did not answer");
			assertThat(order.status()).hasText("Placed");
			order.line(toner.sku());

			DashboardPage dashboard = admin.dashboard();
			dashboard.assertUnavailable(DashboardPage.Panel.AGEING);
			assertThat(dashboard.panel(DashboardPage.Panel.REVENUE).locator("svg")).isVisible();

			admin.catalog().search(toner.name()).row(toner.sku());
		}
		finally {
			system.startService("billing");
		}

		admin.openOrder(placed.orderId()).reloadUntilInvoiceIs("Open", Duration.ofSeconds(90)).assertAllPartsShown();
		admin.dashboard().assertEveryPanelShown();
	}

}
