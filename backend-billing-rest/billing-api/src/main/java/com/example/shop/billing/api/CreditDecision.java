package com.example.shop.billing.api;

/** Why a credit check came out as it did. */
public enum CreditDecision {

	/** The amount fits within the available credit. */
	APPROVED,
	/** The amount is more than the available credit. */
	CREDIT_LIMIT_EXCEEDED,
	/** The customer is suspended: nothing more on credit. */
	CUSTOMER_SUSPENDED

}
