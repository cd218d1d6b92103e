package com.example.shop.billing.audit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The one line of English an audit entry's detail is: control characters (a void reason's
 * line breaks and tabs) become spaces, and more than {@link #MAX_LENGTH} characters are
 * cut, ending in an ellipsis. Builds the {@code old → new} list of what an edit changed.
 */
public final class AuditDetail {

	/** The longest detail an entry keeps (the column is {@code varchar(500)}). */
	public static final int MAX_LENGTH = 500;

	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	private static final String ELLIPSIS = "…";

	private final StringJoiner parts = new StringJoiner("; ");

	private AuditDetail() {
	}

	/** A list of changes, joined with {@code "; "}. */
	public static AuditDetail changes() {
		return new AuditDetail();
	}

	/**
	 * Adds {@code label old → new} when the two differ.
	 * @return this
	 */
	public AuditDetail change(String label, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(label + " " + before + " → " + after);
		}
		return this;
	}

	/**
	 * Adds {@code label old → new currency} when the two amounts differ (by value, not
	 * scale).
	 * @return this
	 */
	public AuditDetail change(String label, BigDecimal before, BigDecimal after, Currency currency) {
		if (before.compareTo(after) != 0) {
			this.parts.add("%s %s → %s".formatted(label, before.toPlainString(), money(after, currency)));
		}
		return this;
	}

	/**
	 * Adds {@code label old → new unit} when the two numbers differ.
	 * @return this
	 */
	public AuditDetail change(String label, long before, long after, String unit) {
		if (before != after) {
			this.parts.add("%s %d → %d %s".formatted(label, before, after, unit));
		}
		return this;
	}

	/**
	 * Adds {@code label "old" → "new"} when the two texts differ.
	 * @return this
	 */
	public AuditDetail quotedChange(String label, String before, String after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(label + " " + quoted(before) + " → " + quoted(after));
		}
		return this;
	}

	/** Whether no change was added. */
	public boolean isEmpty() {
		return this.parts.length() == 0;
	}

	/** The changes as one line, or {@code otherwise} when there are none. */
	public String orElse(String otherwise) {
		return isEmpty() ? otherwise : this.parts.toString();
	}

	/** {@code 1250.00 KRW}. */
	public static String money(BigDecimal amount, Currency currency) {
		return amount.toPlainString() + " " + currency.getCurrencyCode();
	}

	/** {@code "text"}. */
	public static String quoted(String text) {
		return "\"" + text + "\"";
	}

	/**
	 * {@code detail} as one line of at most {@link #MAX_LENGTH} characters: control
	 * characters and line separators become single spaces; longer text is cut (never
	 * inside a surrogate pair) and ends in an ellipsis. {@code null} is empty.
	 */
	public static String fit(String detail) {
		if (detail == null) {
			return "";
		}
		String line = SPACES.matcher(CONTROLS.matcher(detail).replaceAll(" ")).replaceAll(" ").strip();
		if (line.length() <= MAX_LENGTH) {
			return line;
		}
		int end = MAX_LENGTH - ELLIPSIS.length();
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end).stripTrailing() + ELLIPSIS;
	}

}
