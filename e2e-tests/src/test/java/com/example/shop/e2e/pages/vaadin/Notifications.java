package com.example.shop.e2e.pages.vaadin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Vaadin notifications (toasts): what the UI says after an action. A notification closes
 * by itself after some seconds, so tests look for it right after the action.
 */
public final class Notifications {

	private Notifications() {
	}

	/** The notifications shown now that contain this text. */
	public static Locator containing(Page page, String text) {
		return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(Text.containing(text)));
	}

	/** Waits until a notification containing this text is shown, and answers it. */
	public static Locator expect(Page page, String text) {
		Locator notification = containing(page, text).first();
		assertThat(notification).isVisible();
		return notification;
	}

	/** Waits until an error notification containing this text is shown. */
	public static Locator expectError(Page page, String text) {
		Locator notification = expect(page, text);
		assertThat(notification).hasAttribute("theme", Text.containing("error"));
		return notification;
	}

	/** Waits until a warning notification containing this text is shown. */
	public static Locator expectWarning(Page page, String text) {
		Locator notification = expect(page, text);
		assertThat(notification).hasAttribute("theme", Text.containing("warning"));
		return notification;
	}

	/** Waits until a success notification containing this text is shown. */
	public static Locator expectSuccess(Page page, String text) {
		Locator notification = expect(page, text);
		assertThat(notification).hasAttribute("theme", Text.containing("success"));
		return notification;
	}

}
