package com.example.shop.billing.api;

/**
 * How far past due an unpaid invoice is, in business days: not yet due, 1-30, 31-60,
 * 61-90, or more than 90.
 */
public enum AgeingBucket {

	CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90, DAYS_OVER_90

}
