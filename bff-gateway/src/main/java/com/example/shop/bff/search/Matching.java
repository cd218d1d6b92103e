package com.example.shop.bff.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.order.Order;

/**
 * How the palette ranks what orders and billing found for a query (their own searches,
 * {@code q}, decide what matches): the number the query means comes first, however
 * loosely typed ({@code 241}, {@code ord-241}, {@code ORD241} and {@code ORD-000241} all
 * mean {@code ORD-000241}), then numbers that start with it, then the rest (found by the
 * customer's name) as the backend ordered them.
 */
final class Matching {

	/** A number as typed or issued: letters, an optional dash, digits. */
	private static final Pattern NUMBER = Pattern.compile("([A-Za-z]*)-?0*(\\d+)");

	private Matching() {
	}

	/** The orders found, best first, at most {@link SearchService#HITS}. */
	static List<Hit> orders(List<Order> orders, String query) {
		return orders.stream()
			.sorted(Comparator.comparingInt((Order o) -> -number(o.number(), query)))
			.limit(SearchService.HITS)
			.map((o) -> new Hit(o.id().toString(), o.number(), o.customerName(), o.status().name(), o.total()))
			.toList();
	}

	/** The invoices found, best first, at most {@link SearchService#HITS}. */
	static List<Hit> invoices(List<Invoice> invoices, String query) {
		return invoices.stream()
			.sorted(Comparator.comparingInt((Invoice i) -> -number(i.number(), query)))
			.limit(SearchService.HITS)
			.map((i) -> new Hit(i.id().toString(), i.number(), null, i.status().name(), i.outstandingAmount()))
			.toList();
	}

	/**
	 * How well the query matches the number: 2 for the same number however typed, 1 for a
	 * part of it, 0 for none.
	 */
	static int number(String number, String query) {
		if (number == null) {
			return 0;
		}
		Matcher typed = NUMBER.matcher(query.strip());
		Matcher issued = NUMBER.matcher(number);
		if (typed.matches() && issued.matches()) {
			String prefix = typed.group(1).toUpperCase(Locale.ROOT);
			String issuedPrefix = issued.group(1).toUpperCase(Locale.ROOT);
			if (issuedPrefix.startsWith(prefix)) {
				if (issued.group(2).equals(typed.group(2))) {
					return 2;
				}
				if (issued.group(2).startsWith(typed.group(2))) {
					return 1;
				}
			}
		}
		return contains(number, query) ? 1 : 0;
	}

	private static boolean contains(String text, String query) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(query.strip().toLowerCase(Locale.ROOT));
	}

}
