package com.example.shop.billing.batch;

import com.example.shop.batch.support.BatchBoundaryContract;

/**
 * The billing batch reaches the billing database and nothing else: its configuration has
 * credentials for no other database, and no other domain's code is on its classpath.
 */
class BillingBatchBoundaryTests extends BatchBoundaryContract {

	BillingBatchBoundaryTests() {
		super("billing");
	}

}
