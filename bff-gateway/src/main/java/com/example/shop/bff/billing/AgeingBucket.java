package com.example.shop.bff.billing;

/** How long unpaid invoices are past due. */
public enum AgeingBucket {

	CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90, DAYS_OVER_90

}
