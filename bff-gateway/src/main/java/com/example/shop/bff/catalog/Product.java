package com.example.shop.bff.catalog;

import java.time.Instant;
import java.util.Map;

import com.example.shop.bff.Money;

/**
 * A product as the BFF shows it: plain values, never a protobuf message.
 *
 * @param sku the SKU
 * @param name the name
 * @param description the description
 * @param category the category code
 * @param price the unit price
 * @param attributes free-form attributes
 * @param stockOnHand units in stock
 * @param reserved units held by open reservations
 * @param active whether it can be sold
 * @param version the version an edit must name
 * @param updatedAt when it last changed
 */
public record Product(String sku, String name, String description, String category, Money price,
		Map<String, String> attributes, int stockOnHand, int reserved, boolean active, long version,
		Instant updatedAt) {

	/** What can still be sold: stock on hand less what open reservations hold. */
	public int available() {
		return Math.max(0, this.stockOnHand - this.reserved);
	}

	/**
	 * This product as a change made it: price, stock and availability from the change.
	 */
	public Product with(ProductChange change) {
		return new Product(this.sku, change.name(), this.description, this.category, change.price(), this.attributes,
				change.stockOnHand(), change.reserved(), change.active(), change.version(), change.updatedAt());
	}

}
