package com.example.shop.billing.batch;

import java.io.IOException;
import java.util.List;

import com.example.shop.batch.support.BatchBoundary;
import org.junit.jupiter.api.Test;

/**
 * The billing batch reaches the billing database and nothing else: its configuration has
 * credentials for no other database, and no other domain's code is on its classpath.
 */
class BillingBatchBoundaryTests {

	@Test
	void itsConfigurationHasCredentialsForTheBillingDatabaseOnly() throws IOException {
		BatchBoundary.assertOnlyDatabase("billing", List.of("orders", "catalog"));
	}

	@Test
	void noOtherDomainsCodeIsOnItsClasspath() {
		BatchBoundary.assertNoCodeOf("orders", "catalog");
	}

}
