package com.example.shop.ui.base;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A period of days picked with two date fields, From and To, both included, and kept in
 * the address as {@code from} and {@code to} (ISO dates). What is wrong with a period is
 * said under the fields: a date that is not one, a missing date, From after To, or more
 * days than the view can ask for. Only a sound period reaches the view, which asks
 * nothing for a wrong one. The dashboard and the customer statement use it, so the two
 * read dates, and refuse them, alike.
 */
public final class PeriodFields {

	/** What can be wrong with a period, in the order it is checked. */
	public enum Wrong {

		/** A field holds text that is not a date, or the address does. */
		UNREADABLE,

		/** A field is empty. */
		MISSING,

		/** From is after To. */
		BACKWARD,

		/** It has more days than the view can ask for. */
		TOO_LONG

	}

	/**
	 * A sound period.
	 *
	 * @param from its first day
	 * @param to its last day, not before {@code from}
	 */
	public record Days(LocalDate from, LocalDate to) {
	}

	public final DatePicker from = new DatePicker();

	public final DatePicker to = new DatePicker();

	/** What is wrong with the period, in words; hidden when nothing is. */
	public final Paragraph problem = new Paragraph();

	private final int maxDays;

	private Consumer<Optional<Days>> listener = (period) -> {
	};

	/** While the dates are set from the address, they neither check nor tell the view. */
	private boolean restoring;

	/**
	 * @param maxDays the longest period the view can ask for, in days
	 * @param id the id of the problem paragraph
	 */
	public PeriodFields(String fromLabel, String toLabel, int maxDays, String id, Formats formats) {
		this.maxDays = maxDays;
		this.from.setLabel(fromLabel);
		this.to.setLabel(toLabel);
		String badDate = this.problem.getTranslation("orders.date-invalid",
				formats.typedDate(LocalDate.now(formats.zone())));
		this.from.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(badDate));
		this.to.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(badDate));
		this.from.addValueChangeListener((e) -> changed());
		this.to.addValueChangeListener((e) -> changed());
		this.problem.setId(id);
		this.problem.addClassName("form-problem");
		this.problem.getElement().setAttribute("role", "alert");
		this.problem.setVisible(false);
	}

	/**
	 * Called with the period the user picked, or empty when it is wrong (and the fields
	 * say why).
	 */
	public void onChange(Consumer<Optional<Days>> listener) {
		this.listener = listener;
	}

	/**
	 * Sets the fields from the address, without telling the view: a date absent from it
	 * is {@code otherwise}'s, one that is not a date leaves its field empty.
	 * @return the period, or empty when it is wrong (and the fields say why)
	 */
	public Optional<Days> restore(Map<String, List<String>> parameters, Days otherwise) {
		Optional<String> fromText = AddressParameters.first(parameters, "from");
		Optional<String> toText = AddressParameters.first(parameters, "to");
		Optional<LocalDate> start = AddressParameters.date(parameters, "from");
		Optional<LocalDate> end = AddressParameters.date(parameters, "to");
		this.restoring = true;
		try {
			this.from.setValue(start.orElse(fromText.isPresent() ? null : otherwise.from()));
			this.to.setValue(end.orElse(toText.isPresent() ? null : otherwise.to()));
		}
		finally {
			this.restoring = false;
		}
		boolean unreadable = (fromText.isPresent() && start.isEmpty()) || (toText.isPresent() && end.isEmpty());
		return check(unreadable);
	}

	/** The period in the fields, or empty when it is wrong (and the fields say why). */
	public Optional<Days> current() {
		return check(false);
	}

	/** The period in the fields as address parameters; empty while it is wrong. */
	public Map<String, List<String>> parameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (this.from.getValue() != null && this.to.getValue() != null) {
			parameters.put("from", List.of(this.from.getValue().toString()));
			parameters.put("to", List.of(this.to.getValue().toString()));
		}
		return parameters;
	}

	/** What is wrong with the period from {@code start} to {@code end}, if anything. */
	public static Optional<Wrong> wrong(LocalDate start, LocalDate end, int maxDays) {
		if (start == null || end == null) {
			return Optional.of(Wrong.MISSING);
		}
		if (start.isAfter(end)) {
			return Optional.of(Wrong.BACKWARD);
		}
		if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
			return Optional.of(Wrong.TOO_LONG);
		}
		return Optional.empty();
	}

	private void changed() {
		if (this.restoring) {
			return;
		}
		// A picker whose text is not a date has no value and marks itself invalid.
		boolean unreadable = (this.from.getValue() == null && this.from.isInvalid())
				|| (this.to.getValue() == null && this.to.isInvalid());
		this.listener.accept(check(unreadable));
	}

	private Optional<Days> check(boolean unreadable) {
		Optional<Wrong> wrong = unreadable ? Optional.of(Wrong.UNREADABLE)
				: wrong(this.from.getValue(), this.to.getValue(), this.maxDays);
		this.problem
			.setText(wrong.map((w) -> this.problem.getTranslation("period." + w.name(), this.maxDays)).orElse(""));
		this.problem.setVisible(wrong.isPresent());
		return wrong.isPresent() ? Optional.empty() : Optional.of(new Days(this.from.getValue(), this.to.getValue()));
	}

}
