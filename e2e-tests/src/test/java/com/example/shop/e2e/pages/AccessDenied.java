package com.example.shop.e2e.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a signed-in user sees at the address of a view outside their role: "No access"
 * inside the application's frame (the navigation stays), with a link back to the
 * dashboard; and at an address that leads nowhere, "Page not found" the same way.
 */
public final class AccessDenied {

	private AccessDenied() {
	}

	/** Waits until the refusal is shown, and checks the view itself is not. */
	public static void assertShownInsteadOf(Page page, String viewHeading) {
		assertInTheShell(page, "No access");
		assertThat(Shell.heading(page, viewHeading)).hasCount(0);
	}

	/** Waits until "Page not found" is shown in the frame. */
	public static void assertNotFound(Page page) {
		assertInTheShell(page, "Page not found");
	}

	/** Follows the page's way back and waits for the dashboard. */
	public static void backToTheDashboard(Page page) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the dashboard").setExact(true))
			.click();
		assertThat(Shell.heading(page, "Dashboard")).isVisible();
	}

	private static void assertInTheShell(Page page, String heading) {
		assertThat(Shell.heading(page, heading)).isVisible();
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Go to the dashboard").setExact(true)))
			.isVisible();
		assertThat(page.locator("vaadin-side-nav")).isVisible();
		assertThat(page.getByText("Could not navigate")).hasCount(0);
	}

}
