package com.example.shop.billing.audit;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Builds the {@code old → new} list of what an edit changed, for an audit entry's detail
 * (which {@link com.example.shop.support.audit.AuditText#oneLine} then fits).
 */
public final class AuditDetail {

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

}
