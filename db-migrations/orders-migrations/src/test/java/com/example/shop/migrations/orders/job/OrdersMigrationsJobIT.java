package com.example.shop.migrations.orders.job;

import com.example.shop.migrations.runner.MigrationsJobContract;

/** The orders migration Job as deployed: orders's migrations only. */
class OrdersMigrationsJobIT extends MigrationsJobContract {

	OrdersMigrationsJobIT() {
		super("orders", "orders", "invoice");
	}

}
