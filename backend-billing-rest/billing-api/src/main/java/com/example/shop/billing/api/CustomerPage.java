package com.example.shop.billing.api;

import java.util.List;

/**
 * One page of customers.
 *
 * @param items the customers on this page
 * @param page the 0-based page number
 * @param size the requested page size
 * @param total how many customers match the filters in all
 */
public record CustomerPage(List<Customer> items, int page, int size, long total) {
}
