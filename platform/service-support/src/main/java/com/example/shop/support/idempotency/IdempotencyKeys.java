package com.example.shop.support.idempotency;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.FieldViolation;
import com.example.shop.support.problem.HttpProblemException;

import org.springframework.http.HttpStatus;

/** The {@code Idempotency-Key} header every creating POST requires. */
public final class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

	private IdempotencyKeys() {
	}

	/**
	 * Checks the raw header.
	 * @param key the header value, possibly {@code null}
	 * @return the key
	 * @throws HttpProblemException 400 when missing or malformed
	 */
	public static String require(String key) {
		if (key == null || key.isBlank()) {
			throw new HttpProblemException(HttpStatus.BAD_REQUEST, ProblemType.IDEMPOTENCY_KEY_REQUIRED,
					"This request creates something: send an Idempotency-Key header (a UUID you reuse on retries)",
					Map.of("errors", List.of(new FieldViolation(HEADER, "header is required"))));
		}
		if (!VALID.matcher(key).matches()) {
			throw new HttpProblemException(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
					"Idempotency-Key must be 8 to 100 letters, digits or . _ : -", Map.of("errors",
							List.of(new FieldViolation(HEADER, "must be 8 to 100 letters, digits or . _ : -"))));
		}
		return key;
	}

}
