package com.example.shop.testsupport.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.example.shop.testsupport.http.LoopbackHttp;
import org.junit.jupiter.params.provider.Arguments;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of docs/security.md as a REST service's security test walks it: rows of
 * endpoint ({@code "METHOD /path"}) to the callers allowed, every caller against every
 * row, and the endpoints the service serves, which the rows must name.
 */
public final class RoleMatrix {

	private RoleMatrix() {
	}

	/**
	 * Every caller against every row: arguments method, path, caller and whether the row
	 * allows that caller.
	 */
	public static Stream<Arguments> everyCallerAgainstEveryRow(Map<String, Set<Caller>> rows) {
		return rows.entrySet().stream().flatMap((row) -> {
			String[] endpoint = row.getKey().split(" ");
			return EnumSet.allOf(Caller.class)
				.stream()
				.map((caller) -> Arguments.of(endpoint[0], endpoint[1], caller, row.getValue().contains(caller)));
		});
	}

	/**
	 * Allowed means the request reached the service (whatever it then answered), refused
	 * means 403.
	 */
	public static void assertAllowedOrRefused(LoopbackHttp.Response response, boolean allowed) {
		if (allowed) {
			assertThat(response.status()).as(response.body()).isNotIn(401, 403);
		}
		else {
			assertThat(response.status()).as(response.body()).isEqualTo(403);
		}
	}

	/**
	 * Asserts that the rows name exactly the endpoints the handlers of
	 * {@code packagePrefix} serve: none missing, none that is not served.
	 */
	public static void assertRowsNameEveryServedEndpoint(Map<String, Set<Caller>> rows,
			RequestMappingHandlerMapping mappings, String packagePrefix) {
		assertThat(served(mappings, packagePrefix)).containsExactlyInAnyOrderElementsOf(rows.keySet());
	}

	/**
	 * Every endpoint ({@code "METHOD /pattern"}) the handlers of {@code packagePrefix}
	 * serve.
	 */
	private static Set<String> served(RequestMappingHandlerMapping mappings, String packagePrefix) {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith(packagePrefix)) {
				info.getPatternValues()
					.forEach((pattern) -> info.getMethodsCondition()
						.getMethods()
						.forEach((verb) -> served.add(verb.name() + " " + pattern)));
			}
		});
		return served;
	}

}
