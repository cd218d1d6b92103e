package com.example.shop.bff.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * An invoice as the BFF shows it. Whether it takes a payment is billing's rule: the BFF
 * passes {@code payable} on and views offer a payment exactly when it is set.
 *
 * @param id the invoice id
 * @param number the number people read, {@code INV-000123}
 * @param orderId the order it bills
 * @param customerId the customer billed
 * @param status its status today (overdue as soon as an open invoice is past due)
 * @param payable whether billing takes a payment for it today
 * @param amount what was billed
 * @param paidAmount what has been paid
 * @param outstandingAmount what is still to pay
 * @param issueDate when it was issued
 * @param dueDate when it is due
 * @param daysOverdue days past due, 0 if not overdue
 * @param voidReason why it was voided, or {@code null}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version the version a change must name
 */
public record Invoice(UUID id, String number, UUID orderId, UUID customerId, InvoiceStatus status, boolean payable,
		Money amount, Money paidAmount, Money outstandingAmount, LocalDate issueDate, LocalDate dueDate,
		long daysOverdue, String voidReason, Instant createdAt, Instant updatedAt, long version) {
}
