package com.example.shop.e2e;

import java.nio.file.Path;
import java.time.LocalDate;

import com.example.shop.e2e.data.BusinessDay;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.RunningShop;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.harness.Tags;
import com.example.shop.e2e.pages.Shell;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Takes the README's pictures of the main views and a customer's statement, as the admin
 * at 1280x800, into {@code docs/screenshots/}, on the small readable business
 * {@link DemoData} arranges. Excluded from ordinary builds (see the module's failsafe
 * configuration), so they never write into the sources; run it by name:
 * {@code ./mvnw -B verify -pl e2e-tests -Dit.test=ScreenshotsIT}.
 */
@EndToEnd
@Tag(Tags.OWN_SYSTEM)
class ScreenshotsIT {

	private static final Path DIRECTORY = RunningShop.repositoryRoot().resolve("docs/screenshots");

	@Test
	void mainViewsAsTheAdminSeesThem(Shop shop) {
		DemoData.Seed seed = DemoData.arrange(shop);
		Shell admin = shop.signIn(Role.ADMIN);
		assertThat(admin.page().locator("#panel-revenue svg")).isVisible();
		assertThat(admin.page().locator("#panel-low-stock")).isVisible();
		save(admin.page(), "dashboard");

		admin.orders().grid().assertShows(seed.orderNumber());
		save(admin.page(), "orders");

		admin.orders().open(seed.orderNumber());
		assertThat(admin.page().locator("#order-invoice")).containsText(seed.invoiceNumber());
		assertThat(admin.page().locator("#order-customer")).containsText(seed.customerName());
		save(admin.page(), "order-detail");

		admin.catalog().grid().assertShows(seed.productName());
		save(admin.page(), "catalog");

		admin.invoices().grid().assertShows(seed.invoiceNumber());
		save(admin.page(), "invoices");

		LocalDate today = BusinessDay.today();
		admin.go("/customer/" + seed.customerId() + "/statement?from=" + today.minusDays(29) + "&to=" + today);
		assertThat(admin.page().locator("#statement-ageing-chart")).isVisible();
		assertThat(admin.page().locator("#statement-balances")).containsText("Closing balance");
		save(admin.page(), "statement");
	}

	/** The viewport as it is, with no pointer hovering and no progress indicator left. */
	private static void save(Page page, String name) {
		assertThat(page.locator("vaadin-progress-bar:visible")).hasCount(0);
		page.mouse().move(1279, 799);
		page.screenshot(new Page.ScreenshotOptions().setPath(DIRECTORY.resolve(name + ".png"))
			.setAnimations(ScreenshotAnimations.DISABLED));
	}

}
