package com.example.shop.bff;

/**
 * Who may do what: the role matrix of docs/security.md. Enforced on the BFF's services
 * (method security), so the UI and {@code /bff/v1} obey the same rules; the views show
 * only what a role may use, and each backend checks its own operations again. Reading is
 * broad (everybody who answers customers reads orders, invoices and stock); changing is
 * narrow.
 */
public final class Roles {

	/** Places and moves orders; reads everything else. */
	public static final String SALES = "SALES";

	/** Keeps customers' accounts and records payments; reads everything else. */
	public static final String BILLING = "BILLING";

	/** Everything, including the catalog's products and stock and the batch jobs. */
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
