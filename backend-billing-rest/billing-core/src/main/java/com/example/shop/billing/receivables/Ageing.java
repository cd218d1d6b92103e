package com.example.shop.billing.receivables;

import com.example.shop.billing.api.AgeingBucket;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.invoice.InvoiceFilter;

/** Which ageing bucket an unpaid invoice falls in, by business days past its due date. */
public final class Ageing {

	private Ageing() {
	}

	/**
	 * The bucket of an unpaid invoice.
	 * @param statusToday its status today ({@code OPEN} or {@code OVERDUE})
	 * @param daysPastDue days since its due date
	 * @return {@code CURRENT} unless overdue, else the bucket of its days past due
	 */
	static AgeingBucket bucketOf(InvoiceStatus statusToday, long daysPastDue) {
		if (statusToday != InvoiceStatus.OVERDUE) {
			return AgeingBucket.CURRENT;
		}
		if (daysPastDue <= 30) {
			return AgeingBucket.DAYS_1_30;
		}
		if (daysPastDue <= 60) {
			return AgeingBucket.DAYS_31_60;
		}
		return (daysPastDue <= 90) ? AgeingBucket.DAYS_61_90 : AgeingBucket.DAYS_OVER_90;
	}

	/**
	 * The invoices a bucket holds, as a list filter: {@code CURRENT} is every unpaid
	 * invoice not yet past due, the others their range of days past due.
	 */
	public static InvoiceFilter.PastDue pastDue(AgeingBucket bucket) {
		return (bucket == AgeingBucket.CURRENT) ? new InvoiceFilter.PastDue(null, 0)
				: new InvoiceFilter.PastDue(fromDays(bucket), toDays(bucket));
	}

	/** The first day past due a bucket holds. */
	public static int fromDays(AgeingBucket bucket) {
		return days(bucket).from();
	}

	/** The last day past due a bucket holds, {@code null} for the open-ended last one. */
	public static Integer toDays(AgeingBucket bucket) {
		return days(bucket).to();
	}

	/** The days past due each bucket holds, written once. */
	private static Days days(AgeingBucket bucket) {
		return switch (bucket) {
			case CURRENT -> new Days(0, 0);
			case DAYS_1_30 -> new Days(1, 30);
			case DAYS_31_60 -> new Days(31, 60);
			case DAYS_61_90 -> new Days(61, 90);
			case DAYS_OVER_90 -> new Days(91, null);
		};
	}

	/**
	 * A bucket's range of days past due.
	 *
	 * @param from the first day
	 * @param to the last day, {@code null} when open-ended
	 */
	private record Days(int from, Integer to) {
	}

}
