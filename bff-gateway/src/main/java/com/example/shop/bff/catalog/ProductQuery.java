package com.example.shop.bff.catalog;

/**
 * How to search the catalog.
 *
 * @param text words to find anywhere in the SKU, name or description (each starting a
 * word there, ignoring case), or {@code null}
 * @param category a category code, or {@code null}
 * @param activeOnly only products that can be sold
 * @param maxStockOnHand only products with at most this stock (low stock), or
 * {@code null}
 * @param page 0-based page
 * @param size page size
 * @param sortBy what to sort by
 * @param descending high to low
 */
public record ProductQuery(String text, String category, boolean activeOnly, Integer maxStockOnHand, int page, int size,
		ProductSort sortBy, boolean descending) {
}
