package com.example.shop.catalog;

import java.util.List;
import java.util.Map;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.problem.FieldViolation;

/**
 * The closed set of ways the catalog refuses a call. The domain throws these without
 * knowing about gRPC; one mapper turns each kind into its status code and error details.
 * Every kind carries a stable {@link #reason()}.
 */
public abstract sealed class CatalogException extends RuntimeException {

	private final ProblemType type;

	private final Map<String, String> metadata;

	CatalogException(ProblemType type, String message, Map<String, String> metadata) {
		super(message);
		this.type = type;
		this.metadata = Map.copyOf(metadata);
	}

	/** The stable, upper-case reason, such as {@code NOT_ENOUGH_STOCK}: the type's. */
	public String reason() {
		return this.type.reason();
	}

	/** The problem type, from the shop's one catalogue. */
	public ProblemType problemType() {
		return this.type;
	}

	/** Facts a client can act on, such as the current version. */
	public Map<String, String> metadata() {
		return this.metadata;
	}

	/** Fields of the request break a rule; nothing was changed. */
	public static final class Invalid extends CatalogException {

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

	/** What was asked for does not exist. */
	public static final class NotFound extends CatalogException {

		private final String resourceType;

		private final String resourceName;

		public NotFound(ProblemType type, String resourceType, String resourceName, String message,
				Map<String, String> metadata) {
			super(type, message, metadata);
			this.resourceType = resourceType;
			this.resourceName = resourceName;
		}

		public String resourceType() {
			return this.resourceType;
		}

		public String resourceName() {
			return this.resourceName;
		}

	}

	/** What the call would create exists already. */
	public static final class AlreadyExists extends CatalogException {

		private final String resourceType;

		private final String resourceName;

		public AlreadyExists(ProblemType type, String resourceType, String resourceName, String message) {
			super(type, message, Map.of());
			this.resourceType = resourceType;
			this.resourceName = resourceName;
		}

		public String resourceType() {
			return this.resourceType;
		}

		public String resourceName() {
			return this.resourceName;
		}

	}

	/**
	 * The catalog's state forbids the call (an inactive product, a released reservation).
	 */
	public static final class FailedPrecondition extends CatalogException {

		public FailedPrecondition(ProblemType type, String message, Map<String, String> metadata) {
			super(type, message, metadata);
		}

	}

	/** Some lines ask for more units than can still be reserved. */
	public static final class NotEnoughStock extends CatalogException {

		private final List<Shortage> shortages;

		public NotEnoughStock(List<Shortage> shortages) {
			super(ProblemType.NOT_ENOUGH_STOCK, describe(shortages), Map.of());
			this.shortages = List.copyOf(shortages);
		}

		public List<Shortage> shortages() {
			return this.shortages;
		}

		private static String describe(List<Shortage> shortages) {
			return "Not enough stock for " + String.join(", ",
					shortages.stream()
						.map((s) -> "%s (requested %d, %d available)".formatted(s.sku(), s.requested(), s.available()))
						.toList());
		}

		/**
		 * One short line.
		 *
		 * @param sku the SKU
		 * @param requested the units asked for
		 * @param available the units that could be reserved when checked
		 */
		public record Shortage(String sku, int requested, int available) {
		}

	}

	/**
	 * Another write got there first: the product changed since the caller's version, or
	 * the same reservation is being processed right now. Re-read and retry.
	 */
	public static final class Conflict extends CatalogException {

		public Conflict(ProblemType type, String message, Map<String, String> metadata) {
			super(type, message, metadata);
		}

		public static Conflict staleVersion(String sku, long expected, long current) {
			return new Conflict(ProblemType.VERSION_CONFLICT,
					"Product %s is at version %d, not %d: reload it and try again".formatted(sku, current, expected),
					Map.of("sku", sku, "expected_version", Long.toString(expected), "current_version",
							Long.toString(current)));
		}

	}

	/**
	 * The caller gave up (cancelled, or its deadline passed) and what was done is undone.
	 */
	public static final class Abandoned extends CatalogException {

		public Abandoned(String message) {
			super(ProblemType.ABANDONED, message, Map.of());
		}

	}

}
