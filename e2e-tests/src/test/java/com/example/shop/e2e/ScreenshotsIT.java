package com.example.shop.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Takes the README's pictures of the main views, as the admin at 1280x800, into
 * {@code docs/screenshots/}. Excluded from ordinary builds (see the module's failsafe
 * configuration), so they never write into the sources; run it by name:
 * {@code ./mvnw -B verify -pl e2e-tests -Dit.test=ScreenshotsIT}.
 */
class ScreenshotsIT extends BrowserTest {

	private static final Path DIRECTORY = RunningShop.repositoryRoot().resolve("docs/screenshots");

	@Test
	void mainViewsAsTheAdminSeesThem() {
		signInAs("admin");
		assertThat(this.page.locator("#panel-revenue svg")).isVisible();
		assertThat(this.page.locator("#panel-low-stock")).isVisible();
		save("dashboard");

		openFromMenu("Orders", "Orders");
		assertThat(cell(shop.seed.orderNumber())).isVisible();
		save("orders");

		cell(shop.seed.orderNumber()).click();
		assertThat(this.page.locator("#order-invoice")).containsText(shop.seed.invoiceNumber());
		assertThat(this.page.locator("#order-customer")).containsText(shop.seed.customerName());
		save("order-detail");

		openFromMenu("Catalog", "Catalog");
		assertThat(cell(shop.seed.productName())).isVisible();
		save("catalog");

		openFromMenu("Invoices", "Invoices");
		assertThat(cell(shop.seed.invoiceNumber())).isVisible();
		save("invoices");
	}

	/** The viewport as it is, with no pointer hovering and no progress indicator left. */
	private void save(String name) {
		assertThat(this.page.locator("vaadin-progress-bar:visible")).hasCount(0);
		this.page.mouse().move(1279, 799);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(DIRECTORY.resolve(name + ".png"))
			.setAnimations(ScreenshotAnimations.DISABLED));
	}

}
