package com.example.shop.catalog.batch;

import com.example.shop.batch.support.BatchBoundaryContract;

/**
 * The catalog batch reaches the catalog database and nothing else: its configuration has
 * credentials for no other database, and no other domain's code is on its classpath.
 */
class CatalogBatchBoundaryTests extends BatchBoundaryContract {

	CatalogBatchBoundaryTests() {
		super("catalog");
	}

}
