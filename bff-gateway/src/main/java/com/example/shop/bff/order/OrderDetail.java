package com.example.shop.bff.order;

import java.util.List;
import java.util.Map;

import com.example.shop.bff.Part;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.Payment;
import com.example.shop.bff.catalog.Product;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One order with everything around it: the catalog's current data for its lines, its
 * invoice and payments, and the customer's account. Only the order itself is required;
 * each other part may be unavailable on its own.
 *
 * @param order the order
 * @param products the catalog's products for the order's SKUs, by SKU
 * @param billing the order's invoice and payments, or that none is issued yet
 * @param customer the customer's account
 * @param pending steps a saga left undone, each with a way to finish it
 */
public record OrderDetail(Order order, Part<Map<String, Product>> products, Part<Billing> billing,
		Part<Customer> customer, List<PendingStep> pending) {

	/** Whether billing has invoiced an order. */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Invoiced.class, name = "invoiced"),
			@JsonSubTypes.Type(value = NotInvoiced.class, name = "notInvoiced") })
	public sealed interface Billing {

	}

	/**
	 * The order's invoice and its payments, oldest first.
	 *
	 * @param invoice the invoice
	 * @param payments its payments
	 */
	public record Invoiced(Invoice invoice, List<Payment> payments) implements Billing {
	}

	/** No invoice has been issued for the order. */
	public record NotInvoiced() implements Billing {
	}

}
