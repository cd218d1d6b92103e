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
	 * @param detail one line about it, in English, as the backend wrote it
	 */
	public record Entry(Instant at, String actor, String action, String detail) {
	}

}
