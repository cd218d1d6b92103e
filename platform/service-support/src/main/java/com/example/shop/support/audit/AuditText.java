package com.example.shop.support.audit;

import java.util.regex.Pattern;

/**
 * The text an audit entry keeps (what was done, why): one line a person reads in a
 * history list, of bounded length. Orders' and billing's audit tables and catalog's
 * product history all fit their details with it, so a trail reads the same in each.
 */
public final class AuditText {

	/** The longest detail an audit entry keeps, in characters. */
	public static final int MAX_LENGTH = 500;

	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	private static final String ELLIPSIS = "…";

	private AuditText() {
	}

	/**
	 * {@code text} as one line of at most {@link #MAX_LENGTH} characters: control
	 * characters and line separators become single spaces; longer text is cut (never
	 * inside a surrogate pair) and ends in an ellipsis. {@code null} is empty.
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		String line = SPACES.matcher(CONTROLS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
		if (line.length() <= MAX_LENGTH) {
			return line;
		}
		int end = MAX_LENGTH - ELLIPSIS.length();
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end).stripTrailing() + ELLIPSIS;
	}

}
