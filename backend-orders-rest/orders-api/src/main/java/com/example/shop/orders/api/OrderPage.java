package com.example.shop.orders.api;

import java.util.List;

/**
 * One page of orders.
 *
 * @param items the orders on this page
 * @param page the 0-based page number
 * @param size the requested page size
 * @param total how many orders match the filters in all
 */
public record OrderPage(List<Order> items, int page, int size, long total) {
}
