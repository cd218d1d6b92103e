package com.example.shop.bff.catalog;

import java.time.Instant;

import com.example.shop.bff.Money;

/**
 * A change of a product's price, stock or availability, for screens that stay live.
 *
 * @param sku the SKU
 * @param name the name
 * @param price the price now
 * @param stockOnHand the stock now
 * @param reserved units reserved now
 * @param active whether it can be sold
 * @param version the version after the change
 * @param updatedAt when it changed
 */
public record ProductChange(String sku, String name, Money price, int stockOnHand, int reserved, boolean active,
		long version, Instant updatedAt) {
}
