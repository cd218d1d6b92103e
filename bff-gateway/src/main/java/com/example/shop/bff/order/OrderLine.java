package com.example.shop.bff.order;

import com.example.shop.bff.Money;

/**
 * One line of an order, with the name and price it was ordered at.
 *
 * @param lineNo its position, from 1
 * @param sku the product
 * @param productName the product's name when ordered
 * @param unitPrice the price of one, when ordered
 * @param quantity how many
 * @param lineTotal price times quantity
 */
public record OrderLine(int lineNo, String sku, String productName, Money unitPrice, int quantity, Money lineTotal) {
}
