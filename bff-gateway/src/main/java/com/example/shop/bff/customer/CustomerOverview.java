package com.example.shop.bff.customer;

import java.util.UUID;

import com.example.shop.bff.Part;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.order.OrderPage;

/**
 * A customer at a glance: account and balance (billing), recent orders (orders), invoices
 * (billing).
 *
 * @param customerId the customer
 * @param account the account
 * @param balance open, overdue and available credit
 * @param recentOrders the newest orders
 * @param invoices the newest invoices
 */
public record CustomerOverview(UUID customerId, Part<Customer> account, Part<CustomerBalance> balance,
		Part<OrderPage> recentOrders, Part<InvoicePage> invoices) {
}
