package com.example.shop.catalog.product;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProductSearchTests {

	@ParameterizedTest
	@ValueSource(strings = { "a.b", "(x", "[A-Z]", "1+1", "^$", "c:\\path", "what?", "{2}", "a|b", "*" })
	void searchTextMatchesItselfLiterallyAsAnAnchoredPrefix(String text) {
		Pattern prefix = Pattern.compile("^" + ProductService.escapeRegex(text), Pattern.CASE_INSENSITIVE);

		assertThat(prefix.matcher(text + " and more").lookingAt()).isTrue();
		assertThat(prefix.matcher("x" + text).lookingAt()).isFalse();
	}

}
