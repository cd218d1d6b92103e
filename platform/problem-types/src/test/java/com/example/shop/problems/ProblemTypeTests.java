package com.example.shop.problems;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTests {

	@Test
	void releasedUrisAndReasonsStayAsTheyWere() {
		assertThat(ProblemType.VALIDATION.uri()).hasToString("https://shop.example.com/problems/validation");
		assertThat(ProblemType.IDEMPOTENCY_IN_FLIGHT.slug()).isEqualTo("idempotency-request-in-flight");
		assertThat(ProblemType.INTERNAL.slug()).isEqualTo("internal-error");
		assertThat(ProblemType.VALIDATION.reason()).isEqualTo("INVALID_ARGUMENT");
		assertThat(ProblemType.RESERVATION_RELEASED.reason()).isEqualTo("RESERVATION_RELEASED");
	}

	@Test
	void everyUriAndEveryReasonNamesExactlyOneType() {
		assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates();
		assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::reason)).doesNotHaveDuplicates();
		for (ProblemType type : ProblemType.values()) {
			assertThat(ProblemType.ofUri(type.uri().toString())).contains(type);
			assertThat(ProblemType.ofReason(type.reason())).contains(type);
		}
	}

	@Test
	void anUnknownOrMissingTypeIsEmptyNotAnError() {
		assertThat(ProblemType.ofUri("https://example.org/other")).isEmpty();
		assertThat(ProblemType.ofUri(null)).isEmpty();
		assertThat(ProblemType.ofReason(null)).isEmpty();
	}

}
