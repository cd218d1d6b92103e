package com.example.shop.bff;

/**
 * Why a call to a backend gave no value, already classified, so callers decide on meaning
 * and never on HTTP statuses or gRPC codes: the backend did not know the thing
 * ({@link BackendNotFound}), refused the request ({@link BackendRefusal}), or did not
 * answer usefully in time ({@link BackendUnavailable}).
 * <p>
 * This is the BFF's vocabulary, about the services it calls. The backends have their own
 * for their domains; the UI turns these into words ({@code UiErrors}), {@code /bff/v1}
 * into problem details ({@code BffProblemHandler}).
 */
public abstract sealed class BackendFailure extends RuntimeException
		permits BackendNotFound, BackendRefusal, BackendUnavailable {

	private final String backend;

	BackendFailure(String backend, String message, Throwable cause) {
		super(message, cause);
		this.backend = backend;
	}

	/** Which backend: {@code orders}, {@code catalog} or {@code billing}. */
	public String backend() {
		return this.backend;
	}

}
