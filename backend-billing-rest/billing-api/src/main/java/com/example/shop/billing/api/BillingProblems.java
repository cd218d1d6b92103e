package com.example.shop.billing.api;

/**
 * The problem {@code type} URIs only billing answers with, next to the shared ones
 * ({@code validation}, {@code not-found}, {@code version-mismatch}, ...). Clients switch
 * on these; they are never renamed once released.
 */
public final class BillingProblems {

	private static final String BASE = "https://shop.example.com/problems/";

	/**
	 * 409: voiding an invoice that already has payments (the BFF's cancel saga stops
	 * here).
	 */
	public static final String INVOICE_HAS_PAYMENTS = BASE + "invoice-has-payments";

	/** 409: a payment on an invoice that is paid or void. */
	public static final String INVOICE_NOT_PAYABLE = BASE + "invoice-not-payable";

	/** 409: a payment larger than what is still outstanding on the invoice. */
	public static final String OVERPAYMENT = BASE + "overpayment";

	/** 409: the order already has an invoice for another customer or amount. */
	public static final String INVOICE_ALREADY_ISSUED = BASE + "invoice-already-issued";

	private BillingProblems() {
	}

}
