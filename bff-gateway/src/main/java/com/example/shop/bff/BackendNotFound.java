package com.example.shop.bff;

/**
 * The backend answered that the thing asked for does not exist (HTTP 404, gRPC
 * NOT_FOUND). An answer, not a failure of the backend: it never opens a circuit.
 */
public final class BackendNotFound extends BackendFailure {

	public BackendNotFound(String backend, String message, Throwable cause) {
		super(backend, message, cause);
	}

}
