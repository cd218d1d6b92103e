package com.example.shop.bff.search;

/**
 * What the search looks through, in the order the palette shows the groups, each with the
 * backend that answers for it.
 */
public enum Domain {

	/** Orders by number or customer name (orders). */
	ORDERS("orders"),

	/** Customers by name or e-mail (billing). */
	CUSTOMERS("billing"),

	/** Invoices by number (billing). */
	INVOICES("billing"),

	/** Products by SKU, name or description (catalog). */
	PRODUCTS("catalog");

	private final String backend;

	Domain(String backend) {
		this.backend = backend;
	}

	/**
	 * The backend that answers for this domain ({@code orders}, {@code billing},
	 * {@code catalog}).
	 */
	public String backend() {
		return this.backend;
	}

}
