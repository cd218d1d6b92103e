package com.example.shop.bff.customer;

import java.util.UUID;

import com.example.shop.bff.Part;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.billing.Statement;

/**
 * A customer's statement page: the statement over a period (the page itself: without it
 * there is no page), and, asked at the same time, what the customer owes today by age and
 * their open invoices (parts: each unavailable on its own when billing could not give it
 * in time).
 *
 * @param customerId the customer
 * @param statement the statement, as billing computes it
 * @param receivables the customer's receivables today, with their ageing
 * @param openInvoices the customer's open and overdue invoices, soonest due first
 */
public record CustomerStatement(UUID customerId, Statement statement, Part<ReceivablesSummary> receivables,
		Part<InvoicePage> openInvoices) {
}
