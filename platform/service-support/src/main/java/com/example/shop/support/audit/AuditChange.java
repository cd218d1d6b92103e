package com.example.shop.support.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One field an audited change changed, as data a client shows in its user's language (the
 * entry's English {@code detail} says the same for logs and old clients): which field,
 * its value before and after, and what kind of value it is.
 *
 * @param field a stable key naming the field ({@code creditLimit}, {@code status},
 * {@code price}), never a label
 * @param kind how to read and show the values
 * @param before the value before, {@code null} when the change created it
 * @param after the value after, {@code null} when the change removed it
 * @param currency the ISO 4217 code of a {@link Kind#MONEY} value, else {@code null}
 * @param unit the unit of a {@link Kind#NUMBER} ({@code days}, {@code units}), else
 * {@code null}
 */
public record AuditChange(String field, Kind kind, String before, String after, String currency, String unit) {

	public AuditChange {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(kind, "kind");
	}

	/** An amount: decimal strings with two fraction digits, and their currency. */
	public static AuditChange money(String field, BigDecimal before, BigDecimal after, Currency currency) {
		return new AuditChange(field, Kind.MONEY, amount(before), amount(after), currency.getCurrencyCode(), null);
	}

	/** A whole number in a unit. */
	public static AuditChange number(String field, Long before, Long after, String unit) {
		return new AuditChange(field, Kind.NUMBER, (before != null) ? before.toString() : null,
				(after != null) ? after.toString() : null, null, unit);
	}

	/** Free text, as entered (a name, an e-mail address, a reason). */
	public static AuditChange text(String field, String before, String after) {
		return new AuditChange(field, Kind.TEXT, before, after, null, null);
	}

	/** A status: the enum constants' names, which clients translate. */
	public static AuditChange status(String field, Enum<?> before, Enum<?> after) {
		return new AuditChange(field, Kind.STATUS, (before != null) ? before.name() : null,
				(after != null) ? after.name() : null, null, null);
	}

	/** A day, ISO-8601 ({@code 2026-12-04}). */
	public static AuditChange date(String field, LocalDate before, LocalDate after) {
		return new AuditChange(field, Kind.DATE, (before != null) ? before.toString() : null,
				(after != null) ? after.toString() : null, null, null);
	}

	private static String amount(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() : null;
	}

	/** What kind of value a change holds, so a client knows how to show it. */
	public enum Kind {

		/** A decimal amount in {@link AuditChange#currency()}. */
		MONEY,

		/** A whole number in {@link AuditChange#unit()}. */
		NUMBER,

		/** Free text, shown as it is. */
		TEXT,

		/** A status name (an UPPER_SNAKE constant) a client translates. */
		STATUS,

		/** An ISO-8601 date. */
		DATE

	}

}
