package com.example.shop.catalog.product;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void aProductIsFoundByTheLowerCasedWordsOfItsSkuNameAndDescription() {
		assertThat(SearchTerms.of("ELE-0007", "27in Monitor", "An IPS panel; HDR-ready.")).containsExactly("ele",
				"0007", "27in", "monitor", "an", "ips", "panel", "hdr", "ready");
	}

	@Test
	void fullWidthLettersAndDecomposedHangulReadAsTyped() {
		String decomposed = java.text.Normalizer.normalize("책상", java.text.Normalizer.Form.NFD);

		assertThat(SearchTerms.of(null, "ＵＳＢ Hub " + decomposed, null)).containsExactly("usb", "hub", "책상");
	}

	@Test
	void aKoreanWordIsAlsoFoundByItsEndingsSoACompoundIsFoundByItsParts() {
		assertThat(SearchTerms.of(null, "사무용책상", "책상은 튼튼합니다")).containsExactly("사무용책상", "무용책상", "용책상", "책상", "책상은",
				"상은", "튼튼합니다", "튼합니다", "합니다", "니다");
		assertThat(SearchTerms.allStart(SearchTerms.queryWords("책상"), SearchTerms.of(null, "사무용책상", null))).isTrue();
	}

	@Test
	void longWordsAreCutAndALongDescriptionIsBounded() {
		String word = "x".repeat(60);
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			many.append("w").append(i).append(' ');
		}

		assertThat(SearchTerms.of(null, word, null)).containsExactly("x".repeat(SearchTerms.MAX_TERM_LENGTH));
		assertThat(SearchTerms.of("STA-0001", "Gel Pen", many.toString())).hasSize(SearchTerms.MAX_TERMS)
			.startsWith("sta", "0001", "gel", "pen");
	}

	@Test
	void aQueryIsItsDistinctWordsAndPunctuationAloneIsNone() {
		assertThat(SearchTerms.queryWords("  Gel  pen, GEL ")).containsExactly("gel", "pen");
		assertThat(SearchTerms.queryWords("STA-0001")).containsExactly("sta", "0001");
		assertThat(SearchTerms.queryWords(".* ( ) [")).isEmpty();
		assertThat(SearchTerms.queryWords("a b c d e f g h i j")).hasSize(SearchTerms.MAX_QUERY_WORDS);
	}

	@Test
	void theBestMatchesComeFirst() {
		Relevance relevance = new Relevance("monitor", SearchTerms.queryWords("monitor"));
		List<Document> found = List.of(candidate("ELE-0009", "Webcam"), candidate("ELE-0007", "27in Monitor"),
				candidate("FUR-0006", "Monitor Arm"), candidate("MONITOR-1", "Screen cleaner"));

		// SKU prefix, then the name starting with it, then a word of the name, then the
		// rest (the webcam's description mentions monitors).
		assertThat(relevance.rank(found)).containsExactly("MONITOR-1", "FUR-0006", "ELE-0007", "ELE-0009");
	}

	@Test
	void aNameStartsWithTheQueryWordByWordWhateverThePunctuation() {
		assertThat(new Relevance("gel-pen", SearchTerms.queryWords("gel-pen")).tier("STA-0001", "Gel Pen Pro"))
			.isEqualTo(Relevance.Tier.NAME_PREFIX);
		assertThat(new Relevance("(monitor", SearchTerms.queryWords("(monitor")).tier("FUR-0004", "Monitor Arm"))
			.isEqualTo(Relevance.Tier.NAME_PREFIX);
		assertThat(new Relevance("pen gel", SearchTerms.queryWords("pen gel")).tier("STA-0001", "Gel Pen Pro"))
			.isEqualTo(Relevance.Tier.NAME_WORDS);
	}

	@Test
	void anExactSkuComesBeforeEverythingElse() {
		Relevance relevance = new Relevance("sta-0001", SearchTerms.queryWords("sta-0001"));
		List<Document> found = List.of(candidate("STA-00010", "Adhesive"), candidate("STA-0001", "Gel Pen"));

		assertThat(relevance.tier("sta-0001", "x")).isEqualTo(Relevance.Tier.SKU);
		assertThat(relevance.rank(found)).containsExactly("STA-0001", "STA-00010");
	}

	private static Document candidate(String sku, String name) {
		return new Document("sku", sku).append("name", name);
	}

}
