package com.example.shop.bff.catalog;

/**
 * What a product search is sorted by. {@code RELEVANCE}: the catalog's best matches of
 * the text first (exact SKU, SKU prefix, name prefix, words of the name, then the rest);
 * by SKU without a text.
 */
public enum ProductSort {

	SKU, NAME, PRICE, STOCK_ON_HAND, UPDATED_AT, RELEVANCE

}
