package com.example.shop.support.data;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberSequenceTests {

	private final NumberSequence orders = new NumberSequence(null, "order_number_seq", "ORD-%06d");

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			ORD-000241   | ORD-000241
			ord-000241   | ORD-000241
			ORD-241      | ORD-000241
			ord241       | ORD-000241
			241          | ORD-000241
			'  241  '    | ORD-000241
			0            | ORD-000000
			1234567      | ORD-1234567
			INV-000241   | none
			OR-241       | none
			ORD--241     | none
			241a         | none
			ORD-         | none
			''           | none
			""")
	void aNumberTypedLooselyIsReadAsTheNumberItMeans(String typed, String meant) {
		assertThat(this.orders.read(typed)).isEqualTo(meant);
	}

}
