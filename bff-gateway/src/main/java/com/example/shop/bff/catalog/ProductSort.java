package com.example.shop.bff.catalog;

/** What a product search is sorted by. */
public enum ProductSort {

	SKU, NAME, PRICE, STOCK_ON_HAND, UPDATED_AT

}
