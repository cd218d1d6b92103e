package com.example.shop.ui.drain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What a user sees while the instance holding their session drains: one notice that says
 * until when this page keeps working, renewed in place, with a button that moves them to
 * a running instance now; and at the end, the reload that does it for them.
 */
final class DrainNotice {

	private static final String KEY = DrainNotice.class.getName();

	private DrainNotice() {
	}

	/**
	 * Shows or renews the notice on {@code ui} (call inside {@code ui.access}).
	 * @param now the time now
	 * @param endsAt when the drain ends and the page is moved
	 */
	static void show(UI ui, Instant now, Instant endsAt) {
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
			.withLocale(ui.getLocale())
			.withZone(ZoneId.systemDefault())
			.format(endsAt);
		long seconds = Math.max(0, Duration.between(now, endsAt).toSeconds());
		String left = (seconds >= 120) ? ui.getTranslation("drain.minutes", (seconds + 59) / 60)
				: ui.getTranslation("drain.seconds", seconds);
		String text = ui.getTranslation("drain.notice", time, left);
		Span message = (Span) ComponentUtil.getData(ui, KEY);
		if (message != null) {
			message.setText(text);
			return;
		}
		message = new Span(text);
		message.setId("drain-notice-text");
		ComponentUtil.setData(ui, KEY, message);
		Button reload = new Button(ui.getTranslation("drain.reload"), (click) -> ui.getPage().reload());
		reload.setId("drain-notice-reload");
		Notification notice = new Notification(new HorizontalLayout(message, reload));
		notice.setId("drain-notice");
		notice.setPosition(Notification.Position.TOP_CENTER);
		notice.setDuration(0);
		notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
		notice.open();
	}

	/** The drain is over: reload, so the page continues on a running instance. */
	static void end(UI ui) {
		ui.getPage().reload();
	}

}
