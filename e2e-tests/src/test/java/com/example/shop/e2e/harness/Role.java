package com.example.shop.e2e.harness;

import java.util.Locale;

/**
 * The roles a person signs in with. Against a deployment their credentials come from
 * {@code E2E_<ROLE>_USER} and {@code E2E_<ROLE>_PASSWORD} (for example
 * {@code E2E_SALES_USER}); against a local run, from its demo users.
 */
public enum Role {

	/** Catalog, orders, new orders and customers. */
	SALES,

	/** Customers, invoices and payments. */
	BILLING,

	/** Everything, plus editing the catalog. */
	ADMIN;

	/** The local run's demo user of this role. */
	public String demoUser() {
		return name().toLowerCase(Locale.ROOT);
	}

	String userVariable() {
		return "E2E_" + name() + "_USER";
	}

	String passwordVariable() {
		return "E2E_" + name() + "_PASSWORD";
	}

}
