package com.example.shop.billing.web;

import java.util.List;

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
			+ "the action (an UPPER_SNAKE verb in the past tense) and one line of detail. Whoever may read the thing reads it.";

	private AuditTrails() {
	}

	static AuditTrail toApi(List<AuditRecord> records) {
		return new AuditTrail(records.stream()
			.map((record) -> new AuditEntry(record.at(), record.actor(), record.action(), record.detail()))
			.toList());
	}

}
