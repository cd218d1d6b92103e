package com.example.shop.e2e.data;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the deployment counts business days ({@code app.business-zone}, Asia/Seoul
 * unless {@code -De2e.business-zone} says otherwise), for date filters.
 */
public final class BusinessDay {

	private BusinessDay() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneId.of(System.getProperty("e2e.business-zone", "Asia/Seoul")));
	}

}
