package com.example.shop.billing.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import com.example.shop.support.audit.AuditChange;

/**
 * Builds what an edit changed, twice: the {@code old → new} line of an audit entry's
 * detail (which {@link com.example.shop.support.audit.AuditText#oneLine} then fits), and
 * the same changes as data ({@link AuditChange}), which clients show in their user's
 * language.
 */
public final class AuditDetail {

	private final StringJoiner parts = new StringJoiner("; ");

	private final List<AuditChange> changes = new ArrayList<>();

	private AuditDetail() {
	}

	/** A list of changes, joined with {@code "; "}. */
	public static AuditDetail changes() {
		return new AuditDetail();
	}

	/**
	 * Adds {@code label old → new} when the two statuses differ.
	 * @return this
	 */
	public AuditDetail status(String field, Enum<?> before, Enum<?> after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(field + " " + before + " → " + after);
			this.changes.add(AuditChange.status(field, before, after));
		}
		return this;
	}

	/**
	 * Adds {@code label old → new currency} when the two amounts differ (by value, not
	 * scale).
	 * @return this
	 */
	public AuditDetail money(String label, String field, BigDecimal before, BigDecimal after, Currency currency) {
		if (before.compareTo(after) != 0) {
			this.parts.add("%s %s → %s".formatted(label, before.toPlainString(), money(after, currency)));
			this.changes.add(AuditChange.money(field, before, after, currency));
		}
		return this;
	}

	/**
	 * Adds {@code label old → new unit} when the two numbers differ.
	 * @return this
	 */
	public AuditDetail number(String label, String field, long before, long after, String unit) {
		if (before != after) {
			this.parts.add("%s %d → %d %s".formatted(label, before, after, unit));
			this.changes.add(AuditChange.number(field, before, after, unit));
		}
		return this;
	}

	/**
	 * Adds {@code label "old" → "new"} when the two texts differ.
	 * @return this
	 */
	public AuditDetail quotedChange(String label, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(label + " " + quoted(before) + " → " + quoted(after));
			this.changes.add(AuditChange.text(field, before, after));
		}
		return this;
	}

	/**
	 * Adds a change as data only, for an entry whose detail says it in its own words (an
	 * invoice issued, a payment).
	 * @return this
	 */
	public AuditDetail also(AuditChange change) {
		this.changes.add(change);
		return this;
	}

	/** {@link #also} a date from none to {@code after}. */
	public AuditDetail also(String field, LocalDate after) {
		return also(AuditChange.date(field, null, after));
	}

	/** Whether no change was added. */
	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/** The changes as one line, or {@code otherwise} when there are none. */
	public String orElse(String otherwise) {
		return (this.parts.length() == 0) ? otherwise : this.parts.toString();
	}

	/** The changes as data, in the order they were added. */
	public List<AuditChange> asData() {
		return List.copyOf(this.changes);
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
