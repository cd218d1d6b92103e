package com.example.shop.bff.backend;

import java.util.List;
import java.util.Map;

/**
 * What a backend call can fail with, already classified, so callers decide on meaning and
 * never on HTTP statuses or gRPC codes.
 */
public abstract sealed class BackendException extends RuntimeException {

	private final String backend;

	BackendException(String backend, String message, Throwable cause) {
		super(message, cause);
		this.backend = backend;
	}

	public String backend() {
		return this.backend;
	}

	/** The thing asked for does not exist (HTTP 404, gRPC NOT_FOUND). */
	public static final class NotFound extends BackendException {

		public NotFound(String backend, String message, Throwable cause) {
			super(backend, message, cause);
		}

	}

	/**
	 * The backend refused the request as asked: validation (with the bad fields), a
	 * conflict the user can resolve, a stale version, a business rule. Never retried.
	 */
	public static final class Rejected extends BackendException {

		private final Kind kind;

		private final String type;

		private final List<FieldError> fieldErrors;

		private final Map<String, Object> properties;

		public Rejected(String backend, Kind kind, String type, String message, List<FieldError> fieldErrors,
				Map<String, Object> properties, Throwable cause) {
			super(backend, message, cause);
			this.kind = kind;
			this.type = type;
			this.fieldErrors = List.copyOf(fieldErrors);
			this.properties = Map.copyOf(properties);
		}

		public Kind kind() {
			return this.kind;
		}

		/**
		 * The backend's stable problem type (the last path segment), or the gRPC code
		 * name.
		 */
		public String type() {
			return this.type;
		}

		public List<FieldError> fieldErrors() {
			return this.fieldErrors;
		}

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
			 * The current state does not allow it (a transition, stock, credit,
			 * payments).
			 */
			CONFLICT

		}

	}

	/**
	 * The backend did not answer usefully in time: down, slow, overloaded, or its circuit
	 * is open.
	 */
	public static final class Unavailable extends BackendException {

		public Unavailable(String backend, String message, Throwable cause) {
			super(backend, message, cause);
		}

	}

	/**
	 * One bad field, as the backend named it.
	 *
	 * @param field the field path
	 * @param message what is wrong
	 */
	public record FieldError(String field, String message) {
	}

}
