package com.example.shop.e2e.harness;

/**
 * The suite's JUnit tags. {@code ./run-e2e.sh --tags smoke|regression} picks a set;
 * {@code ./mvnw verify} runs everything.
 */
public final class Tags {

	/** The few journeys that say whether a deployment works at all: under two minutes. */
	public static final String SMOKE = "smoke";

	/** Every journey ({@link EndToEnd} puts it on each test class). */
	public static final String REGRESSION = "regression";

	/**
	 * Journeys that need the system the suite started itself (they stop a backend).
	 * Excluded when the suite runs against a deployment ({@code -De2e.base-url}).
	 */
	public static final String OWN_SYSTEM = "own-system";

	private Tags() {
	}

}
