package com.example.shop.bff.catalog;

/**
 * A category of products.
 *
 * @param code the code products name
 * @param name the name people read
 * @param productCount how many products it holds
 */
public record Category(String code, String name, int productCount) {
}
