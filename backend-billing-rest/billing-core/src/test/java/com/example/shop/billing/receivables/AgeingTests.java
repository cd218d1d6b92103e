package com.example.shop.billing.receivables;

import com.example.shop.billing.api.AgeingBucket;
import com.example.shop.billing.api.InvoiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgeingTests {

	@ParameterizedTest(name = "{0}, {1} days past due -> {2}")
	@CsvSource({ "OPEN, -30, CURRENT", "OPEN, 0, CURRENT", "OVERDUE, 1, DAYS_1_30", "OVERDUE, 30, DAYS_1_30",
			"OVERDUE, 31, DAYS_31_60", "OVERDUE, 60, DAYS_31_60", "OVERDUE, 61, DAYS_61_90", "OVERDUE, 90, DAYS_61_90",
			"OVERDUE, 91, DAYS_OVER_90", "OVERDUE, 1000, DAYS_OVER_90" })
	void anUnpaidInvoiceFallsInTheBucketOfItsDaysPastDue(InvoiceStatus status, long days, AgeingBucket bucket) {
		assertThat(Ageing.bucketOf(status, days)).isEqualTo(bucket);
	}

	@Test
	void theBucketsCoverEveryDayOnceInOrder() {
		int next = 0;
		for (AgeingBucket bucket : AgeingBucket.values()) {
			assertThat(Ageing.fromDays(bucket)).as("start of " + bucket).isEqualTo(next);
			Integer to = Ageing.toDays(bucket);
			if (to == null) {
				assertThat(bucket).isEqualTo(AgeingBucket.DAYS_OVER_90);
				return;
			}
			assertThat(Ageing.bucketOf((to == 0) ? InvoiceStatus.OPEN : InvoiceStatus.OVERDUE, to)).isEqualTo(bucket);
			next = to + 1;
		}
	}

}
