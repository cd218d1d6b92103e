package com.example.shop.bff.catalog;

import java.util.Map;

import com.example.shop.bff.Money;

/**
 * The editable fields of a product, as an admin saves them.
 *
 * @param sku the SKU
 * @param name the name
 * @param description the description
 * @param category the category code
 * @param price the unit price
 * @param attributes free-form attributes
 * @param stockOnHand units in stock
 * @param active whether it can be sold
 */
public record ProductDraft(String sku, String name, String description, String category, Money price,
		Map<String, String> attributes, int stockOnHand, boolean active) {
}
