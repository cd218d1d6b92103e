package com.example.shop.catalog.batch;

import java.io.IOException;
import java.util.List;

import com.example.shop.batch.support.BatchBoundary;
import org.junit.jupiter.api.Test;

/**
 * The catalog batch reaches the catalog database and nothing else: its configuration has
 * credentials for no other database, and no other domain's code is on its classpath.
 */
class CatalogBatchBoundaryTests {

	@Test
	void itsConfigurationNamesTheCatalogDatabaseOnly() throws IOException {
		BatchBoundary.assertOnlyDatabase("catalog", List.of("orders", "billing"));
	}

	@Test
	void noOtherDomainsCodeIsOnItsClasspath() {
		BatchBoundary.assertNoCodeOf("orders", "billing");
	}

}
