package com.example.shop.migrations.billing.job;

import com.example.shop.migrations.runner.MigrationsJobContract;

/** The billing migration Job as deployed: billing's migrations only. */
class BillingMigrationsJobIT extends MigrationsJobContract {

	BillingMigrationsJobIT() {
		super("billing", "invoice", "orders");
	}

}
