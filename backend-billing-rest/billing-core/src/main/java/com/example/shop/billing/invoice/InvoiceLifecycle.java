package com.example.shop.billing.invoice;

import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.support.domain.Transitions;

/**
 * The invoice lifecycle: open -> paid, open -> overdue -> paid, open or overdue -> void.
 */
final class InvoiceLifecycle {

	/** Which status may follow which. */
	static final Transitions<InvoiceStatus> INVOICE = Transitions.of(InvoiceStatus.class)
		.allow(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE, InvoiceStatus.PAID, InvoiceStatus.VOID)
		.allow(InvoiceStatus.OVERDUE, InvoiceStatus.PAID, InvoiceStatus.VOID);

	private InvoiceLifecycle() {
	}

}
