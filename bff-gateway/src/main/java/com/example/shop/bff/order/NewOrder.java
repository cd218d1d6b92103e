package com.example.shop.bff.order;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * The order the placement saga asks orders to create, once stock is reserved and credit
 * checked: names and prices are the catalog's snapshot from the reservation.
 *
 * @param customerId the billing customer
 * @param customerName the customer's name now
 * @param lines what was reserved
 */
public record NewOrder(UUID customerId, String customerName, List<Line> lines) {

	/**
	 * One reserved line.
	 *
	 * @param sku the product
	 * @param productName its name when reserved
	 * @param unitPrice its price when reserved
	 * @param quantity how many
	 */
	public record Line(String sku, String productName, Money unitPrice, int quantity) {
	}

}
