package com.example.shop.bff;

/**
 * Who may do what. Enforced on the BFF's services (method security), so the UI and
 * {@code /bff/v1} obey the same rules; views only hide what a role cannot use.
 */
public final class Roles {

	/** Catalog, customers, orders. */
	public static final String SALES = "SALES";

	/** Customers, invoices, payments. */
	public static final String BILLING = "BILLING";

	/** Everything, plus editing the catalog. */
	public static final String ADMIN = "ADMIN";

	/** Any signed-in role, for {@code @PreAuthorize}. */
	public static final String ANY = "hasAnyRole('SALES', 'BILLING', 'ADMIN')";

	/** Sales or admin, for {@code @PreAuthorize}. */
	public static final String SALES_OR_ADMIN = "hasAnyRole('SALES', 'ADMIN')";

	/** Billing or admin, for {@code @PreAuthorize}. */
	public static final String BILLING_OR_ADMIN = "hasAnyRole('BILLING', 'ADMIN')";

	/** Admin only, for {@code @PreAuthorize}. */
	public static final String ONLY_ADMIN = "hasRole('ADMIN')";

	private Roles() {
	}

}
