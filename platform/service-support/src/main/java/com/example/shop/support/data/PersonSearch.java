package com.example.shop.support.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a person types to find a document such as an order or an invoice, as one condition
 * of a {@link Where}: the start of its number ({@code ORD-0002}, any case), its number
 * however loosely typed ({@code 241}, {@code ord-241}; {@link NumberSequence#read}), or
 * words that all occur in the customer's name (in any order, any case, anywhere). The
 * text is data, never pattern syntax: its own {@code %} and {@code _} match literally.
 * <p>
 * At this project's sizes it is a sequential scan: the number's start could use the
 * unique index under the C collation, words anywhere in a name need a trigram index,
 * which the embedded PostgreSQL does not ship.
 */
public final class PersonSearch {

	private PersonSearch() {
	}

	/**
	 * Adds the search to the clause.
	 * @param where the clause
	 * @param search what was typed, stripped and not blank
	 * @param numbers the sequence the documents' numbers come from
	 * @param numberColumn the column holding the number
	 * @param names where the customer's name is, with {@code %s} for the words'
	 * conditions on a column called {@code name}: {@code (%s)} with the name on the same
	 * row, or {@code customer_id in (select id from customer where %s)}
	 * @param nameColumn the name's column in {@code names}
	 * @return the clause
	 */
	public static Where and(Where where, String search, NumberSequence numbers, String numberColumn, String names,
			String nameColumn) {
		StringBuilder condition = new StringBuilder("(" + numberColumn + " ilike :searchStart");
		String number = numbers.read(search);
		if (number != null) {
			condition.append(" or ").append(numberColumn).append(" = :searchNumber");
			where.param("searchNumber", number);
		}
		List<String> words = words(search);
		List<String> each = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			each.add(nameColumn + " ilike :searchWord" + i);
			where.param("searchWord" + i, "%" + literal(words.get(i)) + "%");
		}
		condition.append(" or ").append(names.formatted(String.join(" and ", each))).append(")");
		return where.and(condition.toString(), "searchStart", literal(search) + "%");
	}

	/** The words of what was typed. */
	static List<String> words(String search) {
		return Arrays.stream(search.strip().split("\\s+")).filter((w) -> !w.isEmpty()).toList();
	}

	/** The text as a {@code like} pattern that matches it literally. */
	static String literal(String text) {
		return text.replaceAll("([\\\\%_])", "\\\\$1");
	}

}
