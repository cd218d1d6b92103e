package com.example.shop.ui.base;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How a view tells the user that something they started ended, well or with a caveat.
 * Failures go through {@link UiErrors}.
 */
public final class Notices {

	private Notices() {
	}

	/** It worked. */
	public static void done(String text) {
		show(text, NotificationVariant.LUMO_SUCCESS);
	}

	/** It ended, but not as hoped: a step is left, or someone changed it first. */
	public static void caveat(String text) {
		show(text, NotificationVariant.LUMO_WARNING);
	}

	private static void show(String text, NotificationVariant variant) {
		Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
	}

}
