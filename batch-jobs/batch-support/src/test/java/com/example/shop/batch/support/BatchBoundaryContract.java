package com.example.shop.batch.support;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A batch application reaches its own domain's database and nothing else: its
 * configuration has credentials for no other database, and no other domain's code is on
 * its classpath ({@link BatchBoundary}). Each batch application's test extends this with
 * its domain.
 */
public abstract class BatchBoundaryContract {

	private static final List<String> DOMAINS = List.of("orders", "billing", "catalog");

	private final String own;

	/**
	 * @param own the application's domain: orders, billing or catalog
	 */
	protected BatchBoundaryContract(String own) {
		this.own = own;
	}

	@Test
	void itsConfigurationHasCredentialsForItsOwnDatabaseOnly() throws IOException {
		BatchBoundary.assertOnlyDatabase(this.own, others());
	}

	@Test
	void noOtherDomainsCodeIsOnItsClasspath() {
		BatchBoundary.assertNoCodeOf(others().toArray(String[]::new));
	}

	private List<String> others() {
		return DOMAINS.stream().filter((domain) -> !domain.equals(this.own)).toList();
	}

}
