package com.example.shop.bff.billing;

import java.util.List;

import com.example.shop.bff.Part;

/**
 * An invoice with what belongs to it; only the invoice is required.
 *
 * @param invoice the invoice
 * @param payments its payments, oldest first
 * @param customer the customer billed
 * @param orderNumber the number of the order it bills, as orders has it
 */
public record InvoiceDetail(Invoice invoice, Part<List<Payment>> payments, Part<Customer> customer,
		Part<String> orderNumber) {
}
