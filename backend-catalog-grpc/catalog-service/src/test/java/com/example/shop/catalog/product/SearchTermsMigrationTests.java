package com.example.shop.catalog.product;

import java.util.stream.Stream;

import com.example.shop.migrations.catalog.V006ProductSearchTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change unit 006 spells the search-term rule out (a unit keeps meaning what it meant);
 * until the rule changes, it writes exactly what the service writes, so a product that
 * existed before is found as one created after.
 */
class SearchTermsMigrationTests {

	@ParameterizedTest
	@MethodSource("products")
	void changeUnit006WritesTheTermsTheServiceWrites(String sku, String name, String description) {
		assertThat(V006ProductSearchTerms.terms(sku, name, description))
			.isEqualTo(SearchTerms.of(sku, name, description));
	}

	static Stream<Arguments> products() {
		return Stream.of(Arguments.of("STA-0001", "Gel Pen Standard", "Gel Pen from Hanul's standard line."),
				Arguments.of("ELE-0007", "27in Monitor", "An IPS panel; HDR-ready.\nTabs\tand lines."),
				Arguments.of("FUR-0101", "사무용책상 Pro", "책상은 튼튼합니다"), Arguments.of("KIT-0001", "ＣＯＦＦＥＥ Beans 1kg", null),
				Arguments.of("X-1", "y".repeat(60), ""), Arguments.of("W-1", "Words", "w ".repeat(400) + "and more"));
	}

}
