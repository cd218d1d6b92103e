package com.example.shop.catalog;

/**
 * Work that must finish even when the call that started it has given up: putting back
 * what a refused or abandoned reservation had already taken. The service's database layer
 * gives such work its background timeout instead of the time the caller has left, so an
 * undo is not cut off by the very deadline that made it necessary (which would leave the
 * reservation RESERVING, and its units held, until it expires).
 */
public final class Cleanup {

	private static final ScopedValue<Boolean> RUNNING = ScopedValue.newInstance();

	private Cleanup() {
	}

	/** Runs the work as cleanup on this thread. */
	public static void run(Runnable work) {
		ScopedValue.where(RUNNING, Boolean.TRUE).run(work);
	}

	/** Whether the current thread is running cleanup. */
	public static boolean running() {
		return RUNNING.isBound();
	}

}
