package com.example.shop.bff.catalog;

import java.time.Instant;
import java.util.List;

import com.example.shop.bff.Money;

/**
 * Stock held for a placement, with each line's name and price as they were when reserved.
 *
 * @param reservationId the reservation id (the placement id)
 * @param status {@code HELD}, {@code COMMITTING}, {@code CONFIRMED} or {@code RELEASED}
 * @param lines the reserved lines
 * @param expiresAt when a HELD reservation is released
 * @param updatedAt when its status last changed
 */
public record StockReservation(String reservationId, String status, List<Line> lines, Instant expiresAt,
		Instant updatedAt) {

	/**
	 * One reserved line.
	 *
	 * @param sku the SKU
	 * @param name the product name when reserved
	 * @param unitPrice the unit price when reserved
	 * @param quantity how many
	 */
	public record Line(String sku, String name, Money unitPrice, int quantity) {
	}

}
