package com.example.shop.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The hostile values every generator draws from, by kind: text that is too long, odd or
 * malicious; numbers at and past every boundary; JSON of the wrong type.
 */
final class Hostile {

	/** Strings that attack a parser, a query, a pattern, a log or a page. */
	static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; drop table orders; --", "\" OR \"\"=\"",
			"{\"$gt\": \"\"}", "$where", "{$ne: null}", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
			"<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "%00", "%s%s%s%s%n", "(a+)+$",
			"^(a|a)*$", ".*.*.*.*.*=", "[[[[[[", "\\", "*", "%", "_", "?", "a".repeat(50) + "!", "NaN", "-0", "1e309",
			"0x7fffffff", "null", "true", "[]", "{}");

	/**
	 * Text odd in Unicode: marks, direction overrides, emoji, noncharacters, wide
	 * scripts.
	 */
	static final List<String> ODD_UNICODE = List.of("e\u0301\u0301\u0301\u0301", "\u202Eevil\u202C", "\uD83D\uDE00",
			"\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uFEFFbom", "\uFFFE\uFFFF", "\u200B\u200B", "Ω≈ç√∫",
			"한국어 이름", "\u0000", "\u0007bell", "line\nbreak", "tab\tbed", "\u001B[31mred", "\u0085next", "\u00A0");

	private Hostile() {
	}

	static <T> T pick(List<T> values, RandomGenerator random) {
		return values.get(random.nextInt(values.size()));
	}

	/** A string of about this many characters, of a random kind. */
	static String longText(int length, RandomGenerator random) {
		return switch (random.nextInt(4)) {
			case 0 -> "A".repeat(length);
			case 1 -> "가".repeat(length);
			case 2 -> "\uD83D\uDE00".repeat(Math.max(1, length / 2));
			default -> "a(".repeat(Math.max(1, length / 2));
		};
	}

	/** A number at or past a boundary a service must survive. */
	static String number(RandomGenerator random) {
		return pick(List.of("0", "-1", "1", "2147483647", "2147483648", "-2147483648", "-2147483649",
				"9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1.5",
				"0.000001", "1" + "0".repeat(400), "-0", "4.9e-324"), random);
	}

}
