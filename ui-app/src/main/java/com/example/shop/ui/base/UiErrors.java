package com.example.shop.ui.base;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.InvalidField;
import com.example.shop.problems.ProblemType;
import com.vaadin.flow.component.Component;
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

	/** A field path's first part and, for a list, its index: {@code lines[2].sku}. */
	private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,4})])?");

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

	/** What a user reads for a failure, in the language of this component's UI. */
	public static String message(Component owner, Throwable error) {
		return message(owner::getTranslation, error);
	}

	/**
	 * What a user reads for a refusal a backend gave this problem type (or none), in the
	 * language of this component's UI: never the backend's English text.
	 */
	public static String refused(Component owner, ProblemType problem) {
		return refused(owner::getTranslation, problem);
	}

	/**
	 * What a user reads for fields a backend found bad, each named once as a person calls
	 * it, in the language of this component's UI.
	 */
	public static String invalid(Component owner, List<InvalidField> fields) {
		return invalid(owner::getTranslation, fields);
	}

	/** What a user reads for a failure, in the language of these words. */
	static String message(Words words, Throwable error) {
		Throwable cause = unwrap(error);
		return switch (cause) {
			case BackendNotFound notFound -> words.get("error.not-found");
			case BackendUnavailable unavailable -> words.get("error.unavailable", unavailable.backend());
			case BackendRefusal rejected when rejected.kind() == BackendRefusal.Kind.STALE -> words.get("error.stale");
			case BackendRefusal rejected when !rejected.invalidFields().isEmpty() ->
				invalid(words, rejected.invalidFields());
			case BackendRefusal rejected -> refused(words, rejected.problem().orElse(null));
			case AccessDeniedException denied -> words.get("error.denied");
			default -> words.get("error.unexpected");
		};
	}

	/**
	 * What a backend's problem type (or none) says, in the language of this component's
	 * UI: a refusal's reason in words, to stand in a sentence of its own.
	 */
	public static String problem(Component owner, ProblemType problem) {
		return problem(owner::getTranslation, problem);
	}

	static String refused(Words words, ProblemType problem) {
		return words.get("error.rejected", problem(words, problem));
	}

	static String problem(Words words, ProblemType problem) {
		return words.get("problem." + ((problem != null) ? problem.slug() : "unknown"));
	}

	static String invalid(Words words, List<InvalidField> fields) {
		return words.get("error.invalid",
				fields.stream().map((f) -> field(words, f.field())).distinct().collect(Collectors.joining(", ")));
	}

	/**
	 * A field a backend named ({@code creditLimit.amount}, {@code lines[2].sku}) as a
	 * person calls it: its first part's label and which line, in the UI's language. A
	 * field without a label shows as a generic "another field" in the UI's language,
	 * never as the backend's path. The backend's own message about it is English
	 * developer text, so it goes to the log, not the screen.
	 */
	static String field(Words words, String path) {
		Matcher first = FIELD.matcher(path);
		if (!first.lookingAt()) {
			return words.get("field.other");
		}
		String label = words.get("field." + first.group(1));
		if (label.startsWith("!")) {
			// Vaadin's provider answers a key it lacks with "!lang: key".
			return words.get("field.other");
		}
		return (first.group(2) != null) ? label + " " + (Integer.parseInt(first.group(2)) + 1) : label;
	}

	static void log(Throwable error) {
		Throwable cause = unwrap(error);
		if (cause instanceof BackendRefusal refusal && !refusal.invalidFields().isEmpty()) {
			log.warn("Backend {} refused: {} {}", refusal.backend(), refusal.getMessage(), refusal.invalidFields());
		}
		else if (cause instanceof BackendFailure backend) {
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

	/** The UI's translations: a message by key, with its arguments. */
	@FunctionalInterface
	interface Words {

		String get(String key, Object... args);

	}

}
