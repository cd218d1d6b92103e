package com.example.shop.bff;

import java.time.Instant;
import java.util.List;

/**
 * Who changed one thing (an order, an invoice, a customer, a product) and how, newest
 * first, as the backend that owns the thing recorded it with each change.
 *
 * @param items the entries, newest first
 */
public record AuditTrail(List<Entry> items) {

	/** The most entries one request reads. */
	public static final int MAX_SIZE = 100;

	/** How many entries a request reads when it does not say. */
	public static final int DEFAULT_SIZE = 50;

	/**
	 * One recorded change.
	 *
	 * @param at when the change was made
	 * @param actor who made it: the signed-in person, {@code ui-app} for the BFF's own
	 * work, or a batch application
	 * @param action what happened, an upper-case verb ({@code CANCELLED},
	 * {@code PAYMENT_RECORDED}, {@code EDITED})
	 * @param detail one line about it, in English, as the backend wrote it (for an entry
	 * without {@code changes})
	 * @param changes what changed, field by field, to show in the user's language (empty
	 * when an edit changed nothing); {@code null} for an entry the backend recorded
	 * before it kept them, which only its detail describes
	 */
	public record Entry(Instant at, String actor, String action, String detail, List<Change> changes) {

		/** An entry only its detail describes. */
		public Entry(Instant at, String actor, String action, String detail) {
			this(at, actor, action, detail, null);
		}

	}

	/**
	 * One field a change changed.
	 *
	 * @param field a stable key naming the field ({@code creditLimit}, {@code status},
	 * {@code price}, {@code stock}); one a client does not know it shows as it is
	 * @param kind how to read and show the values
	 * @param before the value before, {@code null} when the change set it first
	 * @param after the value after, {@code null} when the change removed it
	 * @param currency the ISO 4217 code of a {@link Kind#MONEY} value, else {@code null}
	 * @param unit the unit of a {@link Kind#NUMBER} ({@code days}, {@code units}), else
	 * {@code null}
	 */
	public record Change(String field, Kind kind, String before, String after, String currency, String unit) {

		/**
		 * A backend's change: its kind by name, a status one named for what the trail is
		 * about ({@code statuses}); a kind the BFF does not know yet is shown as text.
		 */
		public static Change of(String field, String kind, String before, String after, String currency, String unit,
				Kind statuses) {
			Kind known = switch (String.valueOf(kind)) {
				case "MONEY" -> Kind.MONEY;
				case "NUMBER" -> Kind.NUMBER;
				case "DATE" -> Kind.DATE;
				case "STATUS" -> statuses;
				default -> Kind.TEXT;
			};
			return new Change(field, known, before, after, currency, unit);
		}

	}

	/** What kind of value a change holds, so the UI knows how to show it. */
	public enum Kind {

		/** A decimal amount in {@link Change#currency()}. */
		MONEY,

		/** A whole number in {@link Change#unit()}. */
		NUMBER,

		/** Free text, shown as it is. */
		TEXT,

		/** An ISO-8601 date. */
		DATE,

		/** An {@code OrderStatus} name. */
		ORDER_STATUS,

		/** An {@code InvoiceStatus} name. */
		INVOICE_STATUS,

		/** A {@code CustomerStatus} name. */
		CUSTOMER_STATUS,

		/** Whether a product is on sale: {@code ACTIVE} or {@code INACTIVE}. */
		PRODUCT_STATUS

	}

}
