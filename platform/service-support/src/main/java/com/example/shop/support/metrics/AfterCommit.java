package com.example.shop.support.metrics;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts a domain fact only once it is a fact: inside a transaction, after it commits (a
 * rolled-back placement was never placed); outside one, at once.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs {@code action} after the current transaction commits, or now if there is none.
	 * @param action what to do, typically a counter's increment
	 */
	public static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
