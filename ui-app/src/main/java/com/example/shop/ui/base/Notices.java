package com.example.shop.ui.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How a view tells the user that something they started ended, well or with a caveat.
 * Failures go through {@link UiErrors}. A notice shows at the bottom end of the window,
 * away from the page's title and actions, and replaces the one before it: a user reads
 * what happened last, not a stack of toasts.
 */
public final class Notices {

	/** Where every notice shows. */
	static final Notification.Position POSITION = Notification.Position.BOTTOM_END;

	private Notices() {
	}

	/** It worked. */
	public static void done(String text) {
		show(text, 6000, NotificationVariant.LUMO_SUCCESS);
	}

	/** It ended, but not as hoped: a step is left, or someone changed it first. */
	public static void caveat(String text) {
		show(text, 6000, NotificationVariant.LUMO_WARNING);
	}

	/** Shows {@code text} in the current UI, closing the notice shown before it. */
	static void show(String text, int millis, NotificationVariant variant) {
		Notification notice = new Notification(text, millis, POSITION);
		notice.addThemeVariants(variant);
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notification previous = ComponentUtil.getData(ui, Notification.class);
			if (previous != null && previous.isOpened()) {
				previous.close();
			}
			ComponentUtil.setData(ui, Notification.class, notice);
		}
		notice.open();
	}

}
