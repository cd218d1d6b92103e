package com.example.shop.billing.web;

import java.util.List;

import com.example.shop.billing.api.AuditChange;
import com.example.shop.billing.api.AuditEntry;
import com.example.shop.billing.api.AuditTrail;
import com.example.shop.billing.audit.AuditRecord;

/** An audit trail on the wire. */
final class AuditTrails {

	/**
	 * What the audit endpoints' descriptions say, the same for invoices and customers.
	 */
	static final String CONTRACT = "Newest first, at most size entries (1..100, 50 by default). Each entry says "
			+ "when (the instant the change stamped as updatedAt), who (the token's subject, or billing-batch), "
			+ "the action (an UPPER_SNAKE verb in the past tense), one line of detail (English) and, field by field, what changed (absent on entries recorded before issue 15). Whoever may read the thing reads it.";

	private AuditTrails() {
	}

	static AuditTrail toApi(List<AuditRecord> records) {
		return new AuditTrail(records.stream()
			.map((record) -> new AuditEntry(record.at(), record.actor(), record.action(), record.detail(),
					changes(record.changes())))
			.toList());
	}

	/** The changes on the wire; {@code null} (absent) for an entry without them. */
	private static List<AuditChange> changes(List<com.example.shop.support.audit.AuditChange> changes) {
		return (changes != null) ? changes.stream()
			.map((c) -> new AuditChange(c.field(), c.kind().name(), c.before(), c.after(), c.currency(), c.unit()))
			.toList() : null;
	}

}
