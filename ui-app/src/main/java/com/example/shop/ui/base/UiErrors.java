package com.example.shop.ui.base;

import java.util.stream.Collectors;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;

/**
 * The one place where a failure becomes something a person reads: a notification in
 * words, and a log line with the details. Never a stack trace on the screen.
 */
public final class UiErrors implements ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

	@Override
	public void error(ErrorEvent event) {
		show(event.getThrowable());
	}

	/** Shows a failure to the user of the current UI and logs it. */
	public static void show(Throwable error) {
		log(error);
		UI ui = UI.getCurrent();
		if (ui == null) {
			return;
		}
		Notices.show(message(ui, error), 8000, NotificationVariant.LUMO_ERROR);
	}

	/** What a user reads for a failure, in the UI's language. */
	public static String message(UI ui, Throwable error) {
		Throwable cause = unwrap(error);
		return switch (cause) {
			case BackendNotFound notFound -> ui.getTranslation("error.not-found");
			case BackendUnavailable unavailable -> ui.getTranslation("error.unavailable", unavailable.backend());
			case BackendRefusal rejected when rejected.kind() == BackendRefusal.Kind.STALE ->
				ui.getTranslation("error.stale");
			case BackendRefusal rejected when !rejected.invalidFields().isEmpty() -> ui.getTranslation("error.invalid",
					rejected.invalidFields()
						.stream()
						.map((f) -> f.field() + " " + f.message())
						.collect(Collectors.joining("; ")));
			case BackendRefusal rejected -> ui.getTranslation("error.rejected", rejected.getMessage());
			case AccessDeniedException denied -> ui.getTranslation("error.denied");
			default -> ui.getTranslation("error.unexpected");
		};
	}

	static void log(Throwable error) {
		Throwable cause = unwrap(error);
		if (cause instanceof BackendFailure backend) {
			log.warn("Backend {} failed: {}", backend.backend(), backend.getMessage());
		}
		else if (cause instanceof AccessDeniedException) {
			log.warn("Access denied: {}", cause.getMessage());
		}
		else {
			log.error("Unexpected error in the UI", error);
		}
	}

	private static Throwable unwrap(Throwable error) {
		Throwable cause = error;
		while (!(cause instanceof BackendFailure) && !(cause instanceof AccessDeniedException)
				&& cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause instanceof BackendFailure || cause instanceof AccessDeniedException) ? cause : error;
	}

}
