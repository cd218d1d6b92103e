package com.example.shop.bff;

/**
 * The backend did not answer usefully in time: down, slow, overloaded, its circuit open,
 * or the request's time budget spent before it was asked. Reads are retried while the
 * budget lasts; a page shows the part as unavailable.
 */
public final class BackendUnavailable extends BackendFailure {

	public BackendUnavailable(String backend, String message, Throwable cause) {
		super(backend, message, cause);
	}

}
