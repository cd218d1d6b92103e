package com.example.shop.e2e.pages;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a signed-in user sees at the address of a view outside their role. Today that is
 * Vaadin's bare not-found page ("Could not navigate to ..."), since a denied route
 * renders as not found. Issue 15 replaces it with an in-layout "no access" page with a
 * way back: only this class changes then.
 */
public final class AccessDenied {

	private AccessDenied() {
	}

	/** Waits until the refusal is shown, and checks the view itself is not. */
	public static void assertShownInsteadOf(Page page, String viewHeading) {
		assertThat(page.getByText("Could not navigate")).isVisible();
		assertThat(Shell.heading(page, viewHeading)).hasCount(0);
	}

}
