package com.example.shop.bff.customer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.example.shop.support.domain.DomainRefusal;

/**
 * The business days a customer statement covers, {@code from}..{@code to} inclusive, with
 * billing's rules (checked here too, so the page and {@code /bff/v1} refuse a bad period
 * before asking billing): {@code from} not after {@code to}, at most {@link #MAX_DAYS}
 * days.
 *
 * @param from the first business day
 * @param to the last business day
 */
public record StatementPeriod(LocalDate from, LocalDate to) {

	/** The longest statement billing computes, in days. */
	public static final int MAX_DAYS = 366;

	/** The default, as billing's: the whole month before {@code today}'s. */
	public static StatementPeriod lastMonth(LocalDate today) {
		YearMonth month = YearMonth.from(today).minusMonths(1);
		return new StatementPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * What is wrong with a period, if anything.
	 * @return empty for a period billing computes
	 */
	public static Optional<Problem> problem(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			return Optional.of(Problem.BACKWARD);
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			return Optional.of(Problem.TOO_LONG);
		}
		return Optional.empty();
	}

	/**
	 * Refuses a bad period as billing would (400 on {@code /bff/v1}); a bound left
	 * {@code null} is billing's default.
	 */
	static void check(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return;
		}
		switch (problem(from, to).orElse(null)) {
			case BACKWARD -> throw new DomainRefusal.Invalid("from", "must not be after 'to'");
			case TOO_LONG ->
				throw new DomainRefusal.Invalid("to", "a statement covers at most %d days".formatted(MAX_DAYS));
			case null -> {
			}
		}
	}

	/** Why a period is refused. */
	public enum Problem {

		/** {@code from} is after {@code to}. */
		BACKWARD,

		/** Longer than {@link #MAX_DAYS}. */
		TOO_LONG

	}

}
