package com.example.shop.testsupport.http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refused request must look like, whichever service refused it: the expected
 * 4xx, a JSON problem, and nothing of the server's internals (no exception names, no
 * stack frames).
 */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/**
	 * Asserts a refusal with this status.
	 * @param response the response
	 * @param status the expected status
	 */
	public static void assertRefused(LoopbackHttp.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertNoInternals(response);
	}

	/**
	 * Asserts a 400 of this problem type that names the bad field.
	 * @param response the response
	 * @param type the problem type's last segment ({@code validation},
	 * {@code malformed-request})
	 * @param field the field the problem must name, or {@code null} when the body has no
	 * field to name
	 */
	public static void assertInvalid(LoopbackHttp.Response response, String type, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo(type);
		if (field != null) {
			assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
		}
		assertNoInternals(response);
	}

	private static void assertNoInternals(LoopbackHttp.Response response) {
		assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.");
	}

}
