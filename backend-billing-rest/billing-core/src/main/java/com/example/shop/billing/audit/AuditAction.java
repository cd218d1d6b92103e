package com.example.shop.billing.audit;

/**
 * What was done to an entity, as its audit entry names it: an UPPER_SNAKE verb in the
 * past tense.
 */
public enum AuditAction {

	/** An invoice was issued for an order. */
	ISSUED(AuditedEntity.INVOICE),

	/**
	 * A payment was recorded against an invoice; the one that reaches the amount settles
	 * it (PAID), which its detail says.
	 */
	PAYMENT_RECORDED(AuditedEntity.INVOICE),

	/** An invoice was voided, by hand or for its cancelled order. */
	VOIDED(AuditedEntity.INVOICE),

	/** The billing batch persisted OVERDUE for an open invoice past its due date. */
	MARKED_OVERDUE(AuditedEntity.INVOICE),

	/** A customer account was opened. */
	CREATED(AuditedEntity.CUSTOMER),

	/** A customer's name, e-mail, credit limit or terms changed (status unchanged). */
	UPDATED(AuditedEntity.CUSTOMER),

	/**
	 * An active customer was suspended (other changes in the same edit in its detail).
	 */
	SUSPENDED(AuditedEntity.CUSTOMER),

	/** A suspended customer became active again (other changes in its detail). */
	REACTIVATED(AuditedEntity.CUSTOMER);

	private final AuditedEntity entity;

	AuditAction(AuditedEntity entity) {
		this.entity = entity;
	}

	/** The kind of entity this action changes. */
	public AuditedEntity entity() {
		return this.entity;
	}

}
