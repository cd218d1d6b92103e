package com.example.shop.bff.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StrictQueryValuesTests {

	@Test
	void aBooleanIsTrueOrFalseAndNothingElse() {
		assertThat(StrictQueryValues.bool("true")).isTrue();
		assertThat(StrictQueryValues.bool("false")).isFalse();
		for (String lenient : new String[] { "1", "0", "yes", "on", "TRUE ", "null" }) {
			assertThatIllegalArgumentException().as(lenient).isThrownBy(() -> StrictQueryValues.bool(lenient));
		}
	}

	@Test
	void aNumberIsDecimalDigits() {
		assertThat(StrictQueryValues.decimal("-12")).isEqualTo("-12");
		assertThat(StrictQueryValues.decimal("0050")).isEqualTo("0050");
		for (String lenient : new String[] { "0x7fffffff", "#10", "1e3", "1.5", " 5", "+5" }) {
			assertThatIllegalArgumentException().as(lenient).isThrownBy(() -> StrictQueryValues.decimal(lenient));
		}
	}

}
