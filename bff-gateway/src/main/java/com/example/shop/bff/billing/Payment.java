package com.example.shop.bff.billing;

import java.time.Instant;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * A payment recorded against an invoice.
 *
 * @param id the payment id
 * @param invoiceId the invoice it pays
 * @param amount how much
 * @param method how it was paid
 * @param reference the payer's reference, or {@code null}
 * @param receivedAt when it was recorded
 */
public record Payment(UUID id, UUID invoiceId, Money amount, PaymentMethod method, String reference,
		Instant receivedAt) {
}
