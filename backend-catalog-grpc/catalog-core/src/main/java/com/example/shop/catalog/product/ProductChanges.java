package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.audit.AuditText;

/**
 * What an edit changes in a product, as the one English line its {@code EDITED} history
 * entry keeps: each changed field old → new, in the order the fields were compared
 * ({@code price 1500.00 → 1600.00; name "Gel Pen" → "Gel Pen Pro"}). Text values are
 * quoted, shortened and kept on one line; the whole line is cut to
 * {@link AuditText#MAX_LENGTH} characters. The edit service and the import write the
 * same. Next to the line it collects the same changes as data ({@link #changes()}), which
 * clients show in their user's language: text as entered, the price as money in the
 * business currency, {@code active} as the status {@code ACTIVE} or {@code INACTIVE}.
 */
final class ProductChanges {

	/** What {@code active} is as a status a client translates. */
	enum Sale {

		/** On sale. */
		ACTIVE,

		/** Not on sale. */
		INACTIVE;

		static Sale of(boolean active) {
			return active ? ACTIVE : INACTIVE;
		}

	}

	/** The longest excerpt of one text value. */
	static final int MAX_VALUE = 60;

	static final String NONE = "no field changed";

	private final List<String> changes = new ArrayList<>();

	private final List<AuditChange> data = new ArrayList<>();

	private final Currency currency;

	/** Changes of a product priced in {@code currency}. */
	ProductChanges(Currency currency) {
		this.currency = currency;
	}

	ProductChanges text(String field, String before, String after) {
		if (!Objects.equals(nonNull(before), nonNull(after))) {
			this.changes.add("%s %s → %s".formatted(field, quoted(before), quoted(after)));
			this.data.add(AuditChange.text(field, value(before), value(after)));
		}
		return this;
	}

	ProductChanges code(String field, String before, String after) {
		if (!Objects.equals(nonNull(before), nonNull(after))) {
			this.changes.add("%s %s → %s".formatted(field, excerpt(nonNull(before)), excerpt(nonNull(after))));
			this.data.add(AuditChange.text(field, value(before), value(after)));
		}
		return this;
	}

	ProductChanges price(BigDecimal before, BigDecimal after) {
		if (before == null || after == null || before.compareTo(after) != 0) {
			this.changes.add("price %s → %s".formatted(amount(before), amount(after)));
			this.data.add(AuditChange.money("price", before, after, this.currency));
		}
		return this;
	}

	ProductChanges flag(String field, boolean before, boolean after) {
		if (before != after) {
			this.changes.add("%s %s → %s".formatted(field, before, after));
			this.data.add(AuditChange.status(field, Sale.of(before), Sale.of(after)));
		}
		return this;
	}

	ProductChanges attributes(Map<String, ?> before, Map<String, ?> after) {
		Map<String, ?> old = (before != null) ? before : Map.of();
		Map<String, ?> now = (after != null) ? after : Map.of();
		TreeSet<String> keys = new TreeSet<>(old.keySet());
		keys.addAll(now.keySet());
		for (String key : keys) {
			String was = (old.get(key) != null) ? old.get(key).toString() : null;
			String is = (now.get(key) != null) ? now.get(key).toString() : null;
			if (!Objects.equals(was, is)) {
				this.changes.add("attribute %s %s → %s".formatted(excerpt(key), (was != null) ? quoted(was) : "(none)",
						(is != null) ? quoted(is) : "(none)"));
				this.data.add(AuditChange.text("attributes", (was != null) ? value(key + ": " + was) : null,
						(is != null) ? value(key + ": " + is) : null));
			}
		}
		return this;
	}

	/** The changes as data, in the order of {@link #describe()} (empty for none). */
	List<AuditChange> changes() {
		return List.copyOf(this.data);
	}

	boolean changed() {
		return !this.changes.isEmpty();
	}

	/** The changes in one line, or {@link #NONE}. */
	String describe() {
		return AuditText.oneLine(changed() ? String.join("; ", this.changes) : NONE);
	}

	/** A text value as its change keeps it: on one line, shortened; none when empty. */
	private static String value(String text) {
		return (text != null && !text.isEmpty()) ? excerpt(text) : null;
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	private static String amount(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() : "(none)";
	}

	private static String quoted(String text) {
		return "\"" + excerpt(nonNull(text)) + "\"";
	}

	/** Text on one line (line breaks and tabs as spaces), at most {@link #MAX_VALUE}. */
	static String excerpt(String text) {
		StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_VALUE + 1));
		int count = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			if (count == MAX_VALUE) {
				return line.append('…').toString();
			}
			int c = text.codePointAt(i);
			line.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
			count++;
		}
		return line.toString();
	}

}
