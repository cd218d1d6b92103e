package com.example.shop.billing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice as the API shows it, with its status as of today's business day. Its
 * {@code version} is also its {@code ETag}; every payment changes it.
 *
 * @param id the invoice id
 * @param number the human-readable number, {@code INV-000123}
 * @param orderId the order it bills (one invoice per order)
 * @param customerId the customer billed
 * @param status the status today ({@code OVERDUE} as soon as an open invoice is past due)
 * @param payable whether it takes a payment today (open or overdue); billing's rule,
 * which clients show rather than repeat
 * @param amount the amount billed
 * @param paidAmount the sum of the payments recorded
 * @param outstandingAmount what is still to pay ({@code amount - paidAmount}; zero when
 * void)
 * @param issueDate the business day it was issued
 * @param dueDate the last business day to pay on time
 * @param daysOverdue business days past the due date, 0 unless overdue
 * @param voidReason why it was voided, or {@code null}
 * @param createdAt when it was issued
 * @param updatedAt when it last changed
 * @param version the optimistic concurrency version
 */
public record Invoice(UUID id, String number, UUID orderId, UUID customerId, InvoiceStatus status, boolean payable,
		Money amount, Money paidAmount, Money outstandingAmount, LocalDate issueDate, LocalDate dueDate,
		long daysOverdue, String voidReason, Instant createdAt, Instant updatedAt, long version) {
}
