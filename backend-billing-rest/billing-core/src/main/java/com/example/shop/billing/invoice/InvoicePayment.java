package com.example.shop.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import com.example.shop.billing.api.PaymentMethod;

/**
 * A payment received against an invoice. Never changed once recorded.
 *
 * @param id the id
 * @param invoiceId the invoice paid
 * @param amount the amount, more than zero
 * @param currency its currency
 * @param method how it was paid
 * @param reference the payer's or bank's reference, if any
 * @param receivedAt when it was recorded
 */
public record InvoicePayment(UUID id, UUID invoiceId, BigDecimal amount, Currency currency, PaymentMethod method,
		String reference, Instant receivedAt) {
}
