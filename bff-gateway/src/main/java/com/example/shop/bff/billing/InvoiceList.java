package com.example.shop.bff.billing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.bff.Part;

/**
 * A page of invoices with what people find them by: each customer's name (billing) and
 * each order's number (orders), both asked at once for the whole page. Either may be
 * unavailable; the invoices are there all the same.
 *
 * @param items the invoices on the page
 * @param page which page, from 0
 * @param size the page size asked for
 * @param total how many match in all
 * @param customerNames the name of each customer on the page, by customer id
 * @param orderNumbers the number of each order on the page, by order id
 */
public record InvoiceList(List<Invoice> items, int page, int size, long total, Part<Map<UUID, String>> customerNames,
		Part<Map<UUID, String>> orderNumbers) {

	/** The customer's name, or empty when billing could not say. */
	public Optional<String> customerName(Invoice invoice) {
		return Optional.ofNullable(this.customerNames.orElse(Map.of()).get(invoice.customerId()));
	}

	/** The order's number, or empty when orders could not say. */
	public Optional<String> orderNumber(Invoice invoice) {
		return Optional.ofNullable(this.orderNumbers.orElse(Map.of()).get(invoice.orderId()));
	}

}
