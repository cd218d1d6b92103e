package com.example.shop.bff.billing;

import java.time.LocalDate;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * Where a customer's account stands today.
 *
 * @param customerId the customer
 * @param asOf the business day it is computed for
 * @param creditLimit the limit
 * @param open billed and not yet due
 * @param overdue billed and past due
 * @param outstanding open plus overdue
 * @param availableCredit what more may be billed
 * @param openInvoices how many invoices are open
 * @param overdueInvoices how many are overdue
 */
public record CustomerBalance(UUID customerId, LocalDate asOf, Money creditLimit, Money open, Money overdue,
		Money outstanding, Money availableCredit, long openInvoices, long overdueInvoices) {
}
