package com.example.shop.bff.billing;

import java.util.List;

/**
 * A page of customers.
 *
 * @param items the customers on it
 * @param page which page, from 0
 * @param size the page size asked for
 * @param total how many match in all
 */
public record CustomerPage(List<Customer> items, int page, int size, long total) {
}
