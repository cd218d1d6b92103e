package com.example.shop.billing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment recorded against an invoice.
 *
 * @param id the payment id
 * @param invoiceId the invoice paid
 * @param amount the amount received
 * @param method how it was paid
 * @param reference the payer's or bank's reference, or {@code null}
 * @param receivedAt when it was recorded
 */
public record Payment(UUID id, UUID invoiceId, Money amount, PaymentMethod method, String reference,
		Instant receivedAt) {
}
