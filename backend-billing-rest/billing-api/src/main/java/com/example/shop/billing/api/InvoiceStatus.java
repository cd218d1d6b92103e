package com.example.shop.billing.api;

/**
 * Where an invoice is: open -> paid, open -> overdue -> paid, open or overdue -> void. An
 * open invoice past its due date reads as {@code OVERDUE} at once.
 */
public enum InvoiceStatus {

	OPEN, OVERDUE, PAID, VOID

}
