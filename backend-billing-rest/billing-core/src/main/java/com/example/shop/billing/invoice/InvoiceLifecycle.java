package com.example.shop.billing.invoice;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.example.shop.billing.api.InvoiceStatus;

/**
 * The invoice lifecycle: open -> paid, open -> overdue -> paid, open or overdue -> void.
 */
final class InvoiceLifecycle {

	private static final Map<InvoiceStatus, Set<InvoiceStatus>> ALLOWED = Map.of(InvoiceStatus.OPEN,
			EnumSet.of(InvoiceStatus.OVERDUE, InvoiceStatus.PAID, InvoiceStatus.VOID), InvoiceStatus.OVERDUE,
			EnumSet.of(InvoiceStatus.PAID, InvoiceStatus.VOID), InvoiceStatus.PAID, EnumSet.noneOf(InvoiceStatus.class),
			InvoiceStatus.VOID, EnumSet.noneOf(InvoiceStatus.class));

	private InvoiceLifecycle() {
	}

	static boolean allows(InvoiceStatus from, InvoiceStatus to) {
		return ALLOWED.get(from).contains(to);
	}

	static Set<InvoiceStatus> nextFrom(InvoiceStatus from) {
		return ALLOWED.get(from);
	}

}
