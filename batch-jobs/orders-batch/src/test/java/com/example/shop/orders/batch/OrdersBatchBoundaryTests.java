package com.example.shop.orders.batch;

import com.example.shop.batch.support.BatchBoundaryContract;

/**
 * The orders batch reaches the orders database and nothing else: its configuration has
 * credentials for no other database, and no other domain's code is on its classpath.
 */
class OrdersBatchBoundaryTests extends BatchBoundaryContract {

	OrdersBatchBoundaryTests() {
		super("orders");
	}

}
