package com.example.shop.bff;

/**
 * The backend did not answer usefully in time: down, slow, overloaded, its circuit open,
 * busy with the same request still in flight, or the request's time budget spent before
 * it was asked. Reads and idempotent writes are retried while the budget lasts; a page
 * shows the part as unavailable.
 */
public final class BackendUnavailable extends BackendFailure {

	private final Why why;

	public BackendUnavailable(String backend, String message, Throwable cause) {
		this(backend, Why.NO_ANSWER, message, cause);
	}

	public BackendUnavailable(String backend, Why why, String message, Throwable cause) {
		super(backend, message, cause);
		this.why = why;
	}

	/** Why there is no answer. */
	public Why why() {
		return this.why;
	}

	/**
	 * Whether this counts against the backend's health (its circuit breaker): only when
	 * the backend itself failed to answer, never for another backend's slowness nor for
	 * its own healthy "still working on it".
	 */
	public boolean countsAgainstTheBackend() {
		return this.why == Why.NO_ANSWER;
	}

	/** Why a backend gave no answer. */
	public enum Why {

		/** Down, refused, failed or timed out on its own account. */
		NO_ANSWER,
		/** Its circuit is open: it was not asked. */
		CIRCUIT_OPEN,
		/** The request's time budget ran out (another backend used it): not its fault. */
		BUDGET_SPENT,
		/**
		 * It is still working on the same request (an idempotency key or reservation in
		 * flight): a healthy answer meaning "ask again shortly", never a refusal.
		 */
		IN_FLIGHT

	}

}
