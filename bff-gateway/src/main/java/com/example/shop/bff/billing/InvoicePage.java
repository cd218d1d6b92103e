package com.example.shop.bff.billing;

import java.util.List;

/**
 * A page of invoices.
 *
 * @param items the invoices on it
 * @param page which page, from 0
 * @param size the page size asked for
 * @param total how many match in all
 */
public record InvoicePage(List<Invoice> items, int page, int size, long total) {
}
