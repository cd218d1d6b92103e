package com.example.shop.billing.api;

import java.util.List;

/**
 * One page of invoices.
 *
 * @param items the invoices on this page
 * @param page the 0-based page number
 * @param size the requested page size
 * @param total how many invoices match the filters in all
 */
public record InvoicePage(List<Invoice> items, int page, int size, long total) {
}
