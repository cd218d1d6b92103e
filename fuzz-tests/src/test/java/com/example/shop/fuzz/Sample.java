package com.example.shop.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A string that matches a contract's pattern, for the valid part of a request: literals,
 * escapes ({@code \d}, {@code \.}), character classes with ranges, negation and
 * {@code \p{..}} (a negated class draws from letters, digits, spaces and a few scripts),
 * groups, alternation-free optionals and the quantifiers {@code ? * + {n} {m,n}}. Enough
 * for the patterns this shop's contracts use; {@code SampleTests} checks each one.
 */
final class Sample {

	/** What a negated class or {@code .} draws from: ordinary text in a few scripts. */
	private static final String TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.한글日本語é";

	private final String pattern;

	private final RandomGenerator random;

	private int at;

	private Sample(String pattern, RandomGenerator random) {
		this.pattern = pattern;
		this.random = random;
	}

	/**
	 * A string matching the whole pattern, at most {@code maxLength} code points long.
	 */
	static String matching(String pattern, RandomGenerator random, int maxLength) {
		for (int attempt = 0; attempt < 20; attempt++) {
			Sample sample = new Sample(pattern, random);
			String value = sample.sequence();
			if (value.codePointCount(0, value.length()) <= maxLength && value.matches(pattern)) {
				return value;
			}
		}
		throw new IllegalStateException("No sample found for " + pattern);
	}

	private String sequence() {
		StringBuilder out = new StringBuilder();
		while (this.at < this.pattern.length() && this.pattern.charAt(this.at) != ')') {
			List<String> atom = atom();
			int[] range = quantifier();
			int times = range[0] + this.random.nextInt(Math.max(1, Math.min(range[1], range[0] + 12) - range[0] + 1));
			for (int i = 0; i < times; i++) {
				out.append(atom.get(this.random.nextInt(atom.size())));
			}
		}
		return out.toString();
	}

	/** The choices one atom can produce (a group produces one sampled string). */
	private List<String> atom() {
		char c = this.pattern.charAt(this.at++);
		return switch (c) {
			case '(' -> {
				int start = this.at;
				String inner = sequence();
				this.at++;
				String group = this.pattern.substring(start, this.at - 1);
				yield List.of(inner.isEmpty() ? Sample.matching(group, this.random, 1000) : inner);
			}
			case '[' -> characterClass();
			case '\\' -> escape();
			case '.' -> letters(TEXT);
			default -> List.of(String.valueOf(c));
		};
	}

	private List<String> escape() {
		char c = this.pattern.charAt(this.at++);
		return switch (c) {
			case 'd' -> letters("0123456789");
			case 'w' -> letters("abcxyzABC019_");
			case 's' -> List.of(" ");
			case 'p', 'P' -> {
				int end = this.pattern.indexOf('}', this.at);
				this.at = end + 1;
				yield letters("abcXYZ019");
			}
			default -> List.of(String.valueOf(c));
		};
	}

	private List<String> characterClass() {
		boolean negated = this.pattern.charAt(this.at) == '^';
		if (negated) {
			this.at++;
		}
		List<String> members = new ArrayList<>();
		while (this.pattern.charAt(this.at) != ']') {
			char c = this.pattern.charAt(this.at++);
			if (c == '\\') {
				char e = this.pattern.charAt(this.at++);
				if (e == 'p' || e == 'P' || e == 'x') {
					int end = (e == 'x') ? this.at + 2 : this.pattern.indexOf('}', this.at) + 1;
					this.at = end;
					if (this.pattern.charAt(this.at) == '-') {
						this.at += 5;
					}
					members.addAll(letters((e == 'x') ? "" : "abcABC019"));
				}
				else if (e == 'd') {
					members.addAll(letters("0123456789"));
				}
				else {
					members.add(String.valueOf(e));
				}
			}
			else if (this.pattern.charAt(this.at) == '-' && this.pattern.charAt(this.at + 1) != ']') {
				char to = this.pattern.charAt(this.at + 1);
				this.at += 2;
				for (char x = c; x <= to; x++) {
					members.add(String.valueOf(x));
				}
			}
			else {
				members.add(String.valueOf(c));
			}
		}
		this.at++;
		return negated ? letters(TEXT) : members;
	}

	private int[] quantifier() {
		if (this.at >= this.pattern.length()) {
			return new int[] { 1, 1 };
		}
		char c = this.pattern.charAt(this.at);
		switch (c) {
			case '?' -> {
				this.at++;
				return new int[] { 0, 1 };
			}
			case '*' -> {
				this.at++;
				return new int[] { 0, 8 };
			}
			case '+' -> {
				this.at++;
				return new int[] { 1, 8 };
			}
			case '{' -> {
				int end = this.pattern.indexOf('}', this.at);
				String[] bounds = this.pattern.substring(this.at + 1, end).split(",", -1);
				this.at = end + 1;
				int min = Integer.parseInt(bounds[0]);
				int max = (bounds.length == 1) ? min : Integer.parseInt(bounds[1]);
				return new int[] { min, max };
			}
			default -> {
				return new int[] { 1, 1 };
			}
		}
	}

	private static List<String> letters(String alphabet) {
		return alphabet.codePoints().mapToObj(Character::toString).toList();
	}

}
