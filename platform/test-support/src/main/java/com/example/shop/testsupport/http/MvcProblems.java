package com.example.shop.testsupport.http;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A controller test's ({@code @WebMvcTest} with {@link MockMvcTester}) view of a refused
 * request: the 400 problem and the field its first error names (Spring MVC is optional
 * here: the controller test's classpath brings it).
 */
public final class MvcProblems {

	private MvcProblems() {
	}

	/**
	 * Sends {@code request}, asserts it was refused with 400, and returns the field the
	 * problem's first error names, for the caller to assert.
	 */
	public static String refusedField(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$.errors[0].field");
	}

}
