package com.example.shop.testsupport.http;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a REST service answers when one creating request is retried on many threads at
 * once with one idempotency key: it creates exactly once, and every retry that arrives
 * while the first is still running is a 409 problem saying so.
 */
public final class ConcurrentRetries {

	private ConcurrentRetries() {
	}

	/**
	 * Asserts that the retries created one thing once: at least one 201, every 201 naming
	 * the same thing, and the rest 409 {@code idempotency-request-in-flight}.
	 * @param responses every retry's response
	 * @param idPointer where a 201's body names what was created, as a JSON pointer
	 * ({@code /id}, {@code /payment/id})
	 */
	public static void assertCreatedOnce(List<LoopbackHttp.Response> responses, String idPointer) {
		assertThat(responses).extracting(LoopbackHttp.Response::status).isSubsetOf(201, 409).contains(201);
		assertThat(responses.stream()
			.filter((r) -> r.status() == 201)
			.map((r) -> r.json().at(idPointer).asString())
			.distinct()).hasSize(1);
		assertThat(responses.stream().filter((r) -> r.status() == 409).map(LoopbackHttp.Response::problemType))
			.allMatch("idempotency-request-in-flight"::equals);
	}

}
