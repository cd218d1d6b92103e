package com.example.shop.bff.catalog;

import java.util.List;

/**
 * A page of products.
 *
 * @param items the products on it
 * @param page which page, from 0
 * @param size the page size
 * @param total how many match in all
 */
public record ProductPage(List<Product> items, int page, int size, long total) {
}
