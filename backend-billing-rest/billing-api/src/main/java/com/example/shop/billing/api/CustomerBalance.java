package com.example.shop.billing.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a customer owes on one business day. {@code outstanding = open + overdue}, and
 * {@code availableCredit = max(0, creditLimit - outstanding)}.
 *
 * @param customerId the customer
 * @param asOf the business day the figures are for
 * @param creditLimit the customer's credit limit
 * @param open still unpaid on invoices not yet past their due date
 * @param overdue still unpaid on invoices past their due date
 * @param outstanding everything still unpaid
 * @param availableCredit how much more the customer may owe, never below zero
 * @param openInvoices how many unpaid invoices are not yet due
 * @param overdueInvoices how many unpaid invoices are past due
 */
public record CustomerBalance(UUID customerId, LocalDate asOf, Money creditLimit, Money open, Money overdue,
		Money outstanding, Money availableCredit, long openInvoices, long overdueInvoices) {
}
