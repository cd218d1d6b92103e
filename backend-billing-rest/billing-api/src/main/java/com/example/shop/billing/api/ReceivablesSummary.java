package com.example.shop.billing.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What customers owe and paid, for the dashboard, on one business day. The figures add
 * up: {@code invoiced = outstanding + paid}, {@code outstanding = open + overdue}, and
 * the ageing buckets sum to {@code outstanding}.
 *
 * @param asOf the business day the figures are for
 * @param businessZone the zone that defines the business day
 * @param invoiced the amounts of all invoices but void ones
 * @param open still unpaid on invoices not yet past due
 * @param overdue still unpaid on invoices past due
 * @param outstanding everything still unpaid
 * @param paid every payment recorded (partial payments on unpaid invoices included)
 * @param invoicesByStatus how many invoices are in each status today (every status
 * present, zero included)
 * @param ageing the unpaid amounts by how far past due, every bucket present, in order
 */
public record ReceivablesSummary(LocalDate asOf, String businessZone, Money invoiced, Money open, Money overdue,
		Money outstanding, Money paid, Map<InvoiceStatus, Long> invoicesByStatus, List<Bucket> ageing) {

	/**
	 * One ageing bucket.
	 *
	 * @param bucket which one
	 * @param fromDaysOverdue the first day past due it holds ({@code 0} for current)
	 * @param toDaysOverdue the last day past due it holds, {@code null} for the last
	 * bucket
	 * @param invoices how many unpaid invoices fall in it
	 * @param amount what is still unpaid on them
	 */
	public record Bucket(AgeingBucket bucket, int fromDaysOverdue, Integer toDaysOverdue, long invoices, Money amount) {
	}

}
