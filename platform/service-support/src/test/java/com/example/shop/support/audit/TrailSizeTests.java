package com.example.shop.support.audit;

import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrailSizeTests {

	private static final TrailSize SIZES = new TrailSize(50, 100);

	@Test
	void noSizeIsTheDefaultAndASizeInRangeIsKept() {
		assertThat(SIZES.checked(null)).isEqualTo(50);
		assertThat(SIZES.checked(1)).isEqualTo(1);
		assertThat(SIZES.checked(100)).isEqualTo(100);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 101 })
	void aSizeOutOfRangeIsRefusedNamingTheParameter(int size) {
		assertThatThrownBy(() -> SIZES.checked(size)).isInstanceOfSatisfying(DomainRefusal.Invalid.class,
				(refusal) -> assertThat(refusal.violations())
					.containsExactly(new FieldViolation("size", "must be between 1 and 100")));
	}

}
