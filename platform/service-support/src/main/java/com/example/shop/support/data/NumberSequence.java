package com.example.shop.support.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Human numbers such as {@code ORD-000123} from a PostgreSQL sequence: unique across
 * concurrent transactions and instances, never reused (a rolled-back transaction leaves a
 * gap, which is fine for a number people read).
 *
 * @param jdbc the client
 * @param sequence the sequence's name, from the code
 * @param format the number's format with one {@code long}, such as {@code ORD-%06d}
 */
public record NumberSequence(JdbcClient jdbc, String sequence, String format) {

	/** The next number, such as {@code ORD-000124}. */
	public String next() {
		long next = this.jdbc.sql("select nextval('" + this.sequence + "')").query(Long.class).single();
		return this.format.formatted(next);
	}

	/**
	 * The number a person meant, typed loosely: {@code 241}, {@code ord241},
	 * {@code ORD-241} and {@code ord-000241} all mean {@code ORD-000241}.
	 * @param typed what was typed
	 * @return the number as this sequence writes it, or {@code null} if the text is not
	 * one of this sequence's numbers (another prefix, other characters)
	 */
	public String read(String typed) {
		if (typed == null) {
			return null;
		}
		String prefix = this.format.substring(0, this.format.indexOf('%'));
		String letters = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) : prefix;
		Matcher number = Pattern.compile("(?:" + Pattern.quote(letters.toUpperCase(Locale.ROOT)) + "-?)?0*(\\d{1,15})")
			.matcher(typed.strip().toUpperCase(Locale.ROOT));
		return number.matches() ? this.format.formatted(Long.parseLong(number.group(1))) : null;
	}

}
