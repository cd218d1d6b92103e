package com.example.shop.bff.search;

import com.example.shop.bff.Money;

/**
 * One thing the search found, as the palette lists it.
 *
 * @param id what opens it: the order's, customer's or invoice's id, or the product's SKU
 * @param title what it is called: the order or invoice number, the customer's or
 * product's name
 * @param detail a second line: the order's customer, the customer's e-mail, the product's
 * SKU; {@code null} for an invoice
 * @param status its status as its domain names it ({@code PLACED}, {@code ACTIVE},
 * {@code OVERDUE}; {@code ACTIVE} or {@code INACTIVE} for a product)
 * @param amount the order's total, the invoice's outstanding amount, the product's price;
 * {@code null} for a customer
 */
public record Hit(String id, String title, String detail, String status, Money amount) {
}
