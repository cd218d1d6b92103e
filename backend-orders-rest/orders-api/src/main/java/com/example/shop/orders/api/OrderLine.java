package com.example.shop.orders.api;

/**
 * One line of an order as stored.
 *
 * @param lineNo 1-based position
 * @param sku the product's SKU
 * @param productName the name when ordered
 * @param unitPrice the unit price when ordered
 * @param quantity how many
 * @param lineTotal unit price times quantity
 */
public record OrderLine(int lineNo, String sku, String productName, Money unitPrice, int quantity, Money lineTotal) {
}
