package com.example.shop.support.domain;

import java.util.List;
import java.util.Map;

import com.example.shop.problems.ProblemType;

/**
 * The closed set of ways a backend's domain refuses a request: the domain layer's
 * vocabulary (the BFF's view of a backend's answer is another layer, with its own).
 * Thrown without knowing HTTP or gRPC; REST services answer each kind with its status and
 * problem type ({@code ProblemDetailsHandler}), the catalog with its gRPC code
 * ({@code CatalogErrors}).
 */
public abstract sealed class DomainRefusal extends Refusal {

	DomainRefusal(ProblemType type, String detail, Map<String, ?> properties) {
		super(type, detail, properties);
	}

	DomainRefusal(ProblemType type, String resource, String id, String detail, Map<String, ?> properties) {
		super(type, resource, id, detail, properties);
	}

	/** The thing asked for does not exist. */
	public static final class NotFound extends DomainRefusal {

		/**
		 * A resource not found, as every REST service says it.
		 * @param resource what was asked for, such as {@code Order}
		 * @param id its id
		 */
		public NotFound(String resource, Object id) {
			this(ProblemType.NOT_FOUND, resource, String.valueOf(id), "%s %s was not found".formatted(resource, id),
					Map.of("resource", resource, "id", String.valueOf(id)));
		}

		/**
		 * A resource not found, with its own type, words and facts.
		 * @param type the problem type, such as {@code PRODUCT_NOT_FOUND}
		 * @param resource what was asked for, such as {@code Product}
		 * @param id its id or key
		 * @param detail what to tell the caller
		 * @param properties facts a client can act on
		 */
		public NotFound(ProblemType type, String resource, String id, String detail, Map<String, ?> properties) {
			super(type, resource, id, detail, properties);
		}

	}

	/**
	 * The request is well-formed but breaks a rule about its fields; nothing was changed.
	 */
	public static final class Invalid extends DomainRefusal {

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
	 * The request contradicts the current state (an illegal transition, an inactive
	 * product, a business rule).
	 */
	public static final class Conflict extends DomainRefusal {

		public Conflict(ProblemType type, String detail, Map<String, ?> properties) {
			super(type, detail, properties);
		}

		public Conflict(ProblemType type, String detail) {
			this(type, detail, Map.of());
		}

	}

	/** The client changed a resource based on a version that is no longer current. */
	public static final class StaleVersion extends DomainRefusal {

		/** As every REST service says it: 412 with the current and expected version. */
		public StaleVersion(String resource, Object id, long expected, long current) {
			this(ProblemType.VERSION_MISMATCH, resource, id, expected, current,
					Map.of("currentVersion", current, "expectedVersion", expected));
		}

		/**
		 * With its own type and facts.
		 * @param type the problem type, such as {@code VERSION_CONFLICT}
		 * @param resource what was changed, such as {@code Product}
		 * @param id its id or key
		 * @param expected the version the change was based on
		 * @param current the version it is at
		 * @param properties facts a client can act on
		 */
		public StaleVersion(ProblemType type, String resource, Object id, long expected, long current,
				Map<String, ?> properties) {
			super(type, "%s %s is at version %d, not %d: reload it and try again".formatted(resource, id, current,
					expected), properties);
		}

	}

}
