package com.example.shop.bff.billing;

/** An invoice's status as billing reports it today. */
public enum InvoiceStatus {

	OPEN, OVERDUE, PAID, VOID

}
