package com.example.shop.catalog.product;

import java.util.Comparator;
import java.util.List;

import org.bson.Document;

/**
 * How well a product found by a query matches it, best first: its SKU is the query; its
 * SKU starts with it; its name starts with its words; every word of the query starts a
 * word of its name; it matched elsewhere (a word of its description or its SKU). Equal
 * matches go by name, then SKU. Case and width are ignored as in {@link SearchTerms}.
 */
final class Relevance {

	/** The tiers, best first. */
	enum Tier {

		SKU, SKU_PREFIX, NAME_PREFIX, NAME_WORDS, ELSEWHERE

	}

	private final String query;

	private final List<String> words;

	/** The query's words with single spaces, to compare with a name's. */
	private final String phrase;

	/**
	 * @param query what was typed
	 * @param words its words ({@link SearchTerms#queryWords})
	 */
	Relevance(String query, List<String> words) {
		this.query = SearchTerms.normalize(query.strip());
		this.words = words;
		this.phrase = String.join(" ", words);
	}

	Tier tier(String sku, String name) {
		String code = SearchTerms.normalize(sku);
		if (code.equals(this.query)) {
			return Tier.SKU;
		}
		if (code.startsWith(this.query)) {
			return Tier.SKU_PREFIX;
		}
		// Word by word, so punctuation and spacing differ freely ("gel-pen" starts
		// "Gel Pen Pro").
		if (String.join(" ", SearchTerms.words(name)).startsWith(this.phrase)) {
			return Tier.NAME_PREFIX;
		}
		if (SearchTerms.allStart(this.words, SearchTerms.of(null, name, null))) {
			return Tier.NAME_WORDS;
		}
		return Tier.ELSEWHERE;
	}

	/**
	 * The SKUs of the candidates, best first.
	 * @param candidates products read with their {@code sku} and {@code name}
	 */
	List<String> rank(List<Document> candidates) {
		record Scored(String sku, String name, Tier tier) {
		}
		return candidates.stream()
			.map((d) -> new Scored(d.getString("sku"), SearchTerms.normalize(d.getString("name")),
					tier(d.getString("sku"), d.getString("name"))))
			.sorted(Comparator.comparing(Scored::tier)
				.thenComparing(Scored::name)
				.thenComparing(Scored::sku, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(Scored::sku)
			.toList();
	}

}
