package com.example.shop.bff.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.Money;

/**
 * What customers owe, for the dashboard.
 *
 * @param asOf the business day it is computed for
 * @param businessZone the zone whose days these are
 * @param invoiced all that was billed
 * @param open billed and not yet due
 * @param overdue billed and past due
 * @param outstanding open plus overdue
 * @param paid all that was paid
 * @param invoicesByStatus how many invoices in each status
 * @param ageing what is unpaid, by how long past due
 */
public record ReceivablesSummary(LocalDate asOf, String businessZone, Money invoiced, Money open, Money overdue,
		Money outstanding, Money paid, Map<InvoiceStatus, Long> invoicesByStatus, List<Bucket> ageing) {

	/**
	 * Unpaid invoices of one age.
	 *
	 * @param bucket which age
	 * @param fromDaysOverdue its first day past due ({@code 0}: not yet due)
	 * @param toDaysOverdue its last day past due, {@code null} for the oldest
	 * @param invoices how many invoices
	 * @param amount what is unpaid on them
	 */
	public record Bucket(AgeingBucket bucket, int fromDaysOverdue, Integer toDaysOverdue, long invoices, Money amount) {
	}

}
