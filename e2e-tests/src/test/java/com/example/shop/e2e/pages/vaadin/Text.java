package com.example.shop.e2e.pages.vaadin;

import java.util.regex.Pattern;

/**
 * Text patterns for locators (they run in the browser, where JavaScript knows no
 * \Q...\E).
 */
public final class Text {

	private Text() {
	}

	/** Exactly this text, ignoring surrounding white space. */
	public static Pattern exactly(String text) {
		return Pattern.compile("^\\s*" + literal(text) + "\\s*$");
	}

	/** This text anywhere. */
	public static Pattern containing(String text) {
		return Pattern.compile(literal(text));
	}

	private static String literal(String text) {
		return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
	}

}
