package com.example.shop.orders.batch;

import java.io.IOException;
import java.util.List;

import com.example.shop.batch.support.BatchBoundary;
import org.junit.jupiter.api.Test;

/**
 * The orders batch reaches the orders database and nothing else: its configuration has
 * credentials for no other database, and no other domain's code is on its classpath.
 */
class OrdersBatchBoundaryTests {

	@Test
	void itsConfigurationHasCredentialsForTheOrdersDatabaseOnly() throws IOException {
		BatchBoundary.assertOnlyDatabase("orders", List.of("billing", "catalog"));
	}

	@Test
	void noOtherDomainsCodeIsOnItsClasspath() {
		BatchBoundary.assertNoCodeOf("billing", "catalog");
	}

}
