package com.example.shop.billing.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Voids the invoice of an order being cancelled, whether or not it was issued yet.
 *
 * @param orderId the order
 * @param reason why, kept on the invoice
 */
public record VoidOrderInvoiceRequest(@NotNull UUID orderId, @Size(max = 500) @Pattern(regexp = BillingApi.TEXT_PATTERN,
		message = "must be valid Unicode without control characters but line breaks and tabs") String reason) {
}
