package com.example.shop.billing.api;

import java.util.UUID;

/**
 * The invoice of an order is void, or none was issued and none will be.
 *
 * @param orderId the order
 * @param invoice its invoice, now void; {@code null} if none was issued
 */
public record OrderInvoiceVoided(UUID orderId, Invoice invoice) {
}
