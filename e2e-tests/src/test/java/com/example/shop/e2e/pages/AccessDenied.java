package com.example.shop.e2e.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a signed-in user sees at the address of a view outside their role: "No access"
 * inside the application's frame (the navigation stays), with a link back to the
 * dashboard; at an address that leads nowhere, "Page not found" the same way; and at one
 * whose query cannot be read, a page of its own that says so, with the same way back.
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

	/**
	 * Waits until the page for an address the server cannot read is shown: the
	 * application's own page, in both languages, not the framework's error page.
	 */
	public static void assertUnreadableAddress(Page page) {
		assertThat(Shell.heading(page, "This address cannot be opened")).isVisible();
		assertThat(Shell.heading(page, "이 주소는 열 수 없습니다")).isVisible();
		assertThat(page.getByText("Whitelabel")).hasCount(0);
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
