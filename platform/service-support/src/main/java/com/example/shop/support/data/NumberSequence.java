package com.example.shop.support.data;

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

}
