package com.example.shop.bff.order;

import java.util.List;

/**
 * A page of orders.
 *
 * @param items the orders on it
 * @param page which page, from 0
 * @param size the page size asked for
 * @param total how many orders match in all
 */
public record OrderPage(List<Order> items, int page, int size, long total) {
}
