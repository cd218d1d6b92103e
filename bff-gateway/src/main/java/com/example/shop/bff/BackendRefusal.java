package com.example.shop.bff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.example.shop.problems.ProblemType;

/**
 * The backend answered and refused the request as asked: bad fields, a stale version, or
 * a state or business rule that does not allow it. Never retried; the user can act on it.
 */
public final class BackendRefusal extends BackendFailure {

	private final Kind kind;

	private final String type;

	private final ProblemType problem;

	private final List<InvalidField> invalidFields;

	private final Map<String, Object> properties;

	public BackendRefusal(String backend, Kind kind, String type, ProblemType problem, String message,
			List<InvalidField> invalidFields, Map<String, Object> properties, Throwable cause) {
		super(backend, message, cause);
		this.kind = kind;
		this.type = type;
		this.problem = problem;
		this.invalidFields = List.copyOf(invalidFields);
		this.properties = Map.copyOf(properties);
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * The backend's stable problem type (the last path segment), or the gRPC code name.
	 */
	public String type() {
		return this.type;
	}

	/**
	 * The problem type from the shop's one catalogue that the backend named (a REST
	 * problem's {@code type}, a gRPC {@code ErrorInfo} reason), if it named a known one.
	 */
	public Optional<ProblemType> problem() {
		return Optional.ofNullable(this.problem);
	}

	/** Whether the backend refused with this problem type. */
	public boolean is(ProblemType type) {
		return this.problem == type;
	}

	/** The fields the backend named as wrong, if that is why. */
	public List<InvalidField> invalidFields() {
		return this.invalidFields;
	}

	/** Further facts the backend gave (for example which SKUs lack stock). */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/** What the user can do about it. */
	public enum Kind {

		/** Fix the named fields. */
		INVALID,
		/** Someone changed it first: reload and try again. */
		STALE,
		/**
		 * The current state does not allow it (a transition, stock, credit, payments).
		 */
		CONFLICT,
		/**
		 * The backend refused the caller: the token the BFF relayed lacks the right (the
		 * BFF's own role check let through what the backend's does not), or is no longer
		 * valid.
		 */
		FORBIDDEN

	}

}
