package com.example.shop.testsupport.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile requests to a REST service: each gets its 4xx as a JSON problem, never a server
 * error. A service's API test implements this and declares the requests in
 * {@code static Stream<Arguments> hostileRequests()}: method, path, body ({@code null}
 * for none) and the status expected.
 */
public interface HostileRequestsContract {

	/**
	 * The service on loopback, as a caller allowed what the requests try.
	 * @return the client the requests go through
	 */
	LoopbackHttp http();

	/**
	 * Headers every hostile request carries, none unless the test says.
	 * @return header names and values, alternating
	 */
	default String[] hostileRequestHeaders() {
		return new String[0];
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("hostileRequests")
	default void hostileRequestsGetA4xxProblemAndNeverAServerError(String method, String path, String body,
			int status) {
		var response = http().request(method, path, body, hostileRequestHeaders());

		ProblemAssertions.assertRefused(response, status);
	}

}
