package com.example.shop.billing.audit;

/** What an audit entry is about: the kind of entity its id names. */
public enum AuditedEntity {

	/** An invoice (table {@code invoice}). */
	INVOICE,

	/** A customer account (table {@code customer}). */
	CUSTOMER

}
