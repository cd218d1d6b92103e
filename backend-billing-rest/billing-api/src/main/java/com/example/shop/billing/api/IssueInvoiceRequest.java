package com.example.shop.billing.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Issues the invoice of an order. Sent with an {@code Idempotency-Key} header. An order
 * has one invoice at most: issuing again for the same order returns the first invoice
 * (200) whatever the key.
 *
 * @param orderId the order being billed
 * @param customerId the customer billed, who must exist
 * @param amount the order total, more than zero, in the business currency
 */
public record IssueInvoiceRequest(@NotNull UUID orderId, @NotNull UUID customerId, @NotNull @Valid Money amount) {
}
