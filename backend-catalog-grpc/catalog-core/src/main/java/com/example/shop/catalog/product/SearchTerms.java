package com.example.shop.catalog.product;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a product is found by, stored with it as {@code searchTerms} and indexed: the
 * words of its SKU, name and description, lower-cased (NFKC first, so full-width letters
 * and decomposed Hangul match what people type). A query word matches a product when it
 * starts one of its terms, which MongoDB answers from the index as an anchored,
 * case-sensitive prefix range ({@code {searchTerms: /^word/}}), on real MongoDB and the
 * stand-in alike; {@code $text} would be the other way, but the stand-in lacks it.
 * <p>
 * Korean writes compounds and particles without spaces ("사무용책상", "책상은"), so a word with
 * Hangul also contributes each of its endings from a Hangul syllable on, at least two
 * characters long: "책상" then starts the term "책상" of "사무용책상".
 * <p>
 * Change unit 006 spells this rule out to fill the terms of products that existed before
 * it, and the local run's demo seeder spells it out too; change them together.
 */
public final class SearchTerms {

	/** The field in {@code products}. */
	public static final String FIELD = "searchTerms";

	/** Longer words are kept by their first characters: index keys stay small. */
	static final int MAX_TERM_LENGTH = 40;

	/** A long description contributes its first distinct words, up to this many terms. */
	static final int MAX_TERMS = 300;

	/** Words of a query beyond this are ignored. */
	static final int MAX_QUERY_WORDS = 8;

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchTerms() {
	}

	/**
	 * The terms of a product.
	 * @param sku the SKU
	 * @param name the name
	 * @param description the description
	 * @return distinct terms, SKU and name first
	 */
	public static List<String> of(String sku, String name, String description) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : new String[] { sku, name, description }) {
			for (String word : words(text)) {
				if (terms.size() >= MAX_TERMS) {
					return List.copyOf(terms);
				}
				terms.add(word);
				addHangulEndings(word, terms);
			}
		}
		return List.copyOf(terms);
	}

	/**
	 * The words of a query, each to start a term: at most {@link #MAX_QUERY_WORDS},
	 * distinct; empty if the text has no letter or digit.
	 * @param query what someone typed
	 * @return the words
	 */
	public static List<String> queryWords(String query) {
		List<String> words = new ArrayList<>(new LinkedHashSet<>(words(query)));
		return (words.size() > MAX_QUERY_WORDS) ? List.copyOf(words.subList(0, MAX_QUERY_WORDS)) : words;
	}

	/** Whether every query word starts one of the terms. */
	static boolean allStart(List<String> queryWords, List<String> terms) {
		return queryWords.stream().allMatch((word) -> terms.stream().anyMatch((term) -> term.startsWith(word)));
	}

	/** Lower-cased and normalized as terms are, to compare whole texts. */
	static String normalize(String text) {
		return (text == null) ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** The words of a text, normalized, in order, long ones cut. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return words;
		}
		for (String word : SEPARATORS.split(normalize(text))) {
			if (!word.isEmpty()) {
				words.add(cut(word));
			}
		}
		return words;
	}

	private static void addHangulEndings(String word, Set<String> terms) {
		for (int i = 1; i < word.length() - 1; i++) {
			if (isHangul(word.charAt(i))) {
				terms.add(word.substring(i));
			}
		}
	}

	private static boolean isHangul(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
	}

	private static String cut(String word) {
		return (word.length() > MAX_TERM_LENGTH) ? word.substring(0, MAX_TERM_LENGTH) : word;
	}

}
