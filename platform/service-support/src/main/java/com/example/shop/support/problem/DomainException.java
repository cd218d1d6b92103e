package com.example.shop.support.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.example.shop.problems.ProblemType;

/**
 * The closed set of ways a domain refuses a request. Domains throw these without knowing
 * about HTTP; the one {@link ProblemDetailsHandler} turns each kind into its status and
 * problem type.
 */
public abstract sealed class DomainException extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> properties;

	DomainException(ProblemType type, String detail, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.properties = Map.copyOf(properties);
	}

	/** The problem's {@code type} URI. */
	public URI type() {
		return this.type.uri();
	}

	/** The problem type, from the shop's one catalogue. */
	public ProblemType problemType() {
		return this.type;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	/** The thing asked for does not exist. */
	public static final class NotFound extends DomainException {

		public NotFound(String resource, Object id) {
			super(ProblemType.NOT_FOUND, "%s %s was not found".formatted(resource, id),
					Map.of("resource", resource, "id", String.valueOf(id)));
		}

	}

	/**
	 * The request is well-formed but breaks a rule about its fields; nothing was changed.
	 */
	public static final class Invalid extends DomainException {

		private final List<FieldViolation> violations;

		public Invalid(List<FieldViolation> violations) {
			super(ProblemType.VALIDATION, describe(violations), Map.of());
			this.violations = List.copyOf(violations);
		}

		public Invalid(String field, String message) {
			this(List.of(new FieldViolation(field, message)));
		}

		public List<FieldViolation> violations() {
			return this.violations;
		}

		private static String describe(List<FieldViolation> violations) {
			return (violations.size() == 1) ? violations.getFirst().field() + ": " + violations.getFirst().message()
					: violations.size() + " fields are invalid";
		}

	}

	/**
	 * The request contradicts the current state (an illegal transition, a duplicate, a
	 * business rule).
	 */
	public static final class Conflict extends DomainException {

		public Conflict(ProblemType type, String detail, Map<String, Object> properties) {
			super(type, detail, properties);
		}

		public Conflict(ProblemType type, String detail) {
			this(type, detail, Map.of());
		}

	}

	/** The client changed a resource based on a version that is no longer current. */
	public static final class StaleVersion extends DomainException {

		public StaleVersion(String resource, Object id, long expected, long current) {
			super(ProblemType.VERSION_MISMATCH, "%s %s is at version %d, not %d: reload it and try again".formatted(
					resource, id, current, expected), Map.of("currentVersion", current, "expectedVersion", expected));
		}

	}

}
