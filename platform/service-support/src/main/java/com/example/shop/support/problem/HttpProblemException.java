package com.example.shop.support.problem;

import java.net.URI;
import java.util.Map;

import com.example.shop.problems.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A refusal that belongs to the HTTP protocol itself rather than to a domain: a missing
 * {@code If-Match}, a malformed or reused {@code Idempotency-Key}. Thrown by the web
 * conventions in this module only.
 */
public class HttpProblemException extends RuntimeException {

	private final HttpStatus status;

	private final ProblemType type;

	private final Map<String, Object> properties;

	public HttpProblemException(HttpStatus status, ProblemType type, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.type = type;
		this.properties = Map.copyOf(properties);
	}

	public HttpProblemException(HttpStatus status, ProblemType type, String detail) {
		this(status, type, detail, Map.of());
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The problem's {@code type} URI. */
	public URI type() {
		return this.type.uri();
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
