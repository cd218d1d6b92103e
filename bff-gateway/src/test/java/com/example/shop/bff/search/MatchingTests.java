package com.example.shop.bff.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How loosely typed numbers match the numbers orders and billing issue. */
class MatchingTests {

	@Test
	void theSameNumberHoweverTypedIsAnExactMatch() {
		for (String typed : new String[] { "ORD-000241", "ord-000241", "ORD-241", "ord241", "241", "000241" }) {
			assertThat(Matching.number("ORD-000241", typed)).as(typed).isEqualTo(2);
		}
	}

	@Test
	void aPartOfTheNumberMatchesLessThanTheWholeAndAnotherPrefixNotAtAll() {
		assertThat(Matching.number("ORD-002410", "241")).isEqualTo(1);
		assertThat(Matching.number("ORD-000241", "41")).isEqualTo(1);
		assertThat(Matching.number("ORD-000241", "ORD-")).isEqualTo(1);
		assertThat(Matching.number("INV-000241", "ORD-241")).isZero();
		assertThat(Matching.number("ORD-000241", "242")).isZero();
		assertThat(Matching.number("ORD-000241", "chair")).isZero();
	}

}
