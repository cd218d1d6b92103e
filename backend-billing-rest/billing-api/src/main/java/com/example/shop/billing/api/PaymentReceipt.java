package com.example.shop.billing.api;

/**
 * What recording a payment answers: the payment and the invoice as it is after it.
 *
 * @param payment the payment recorded
 * @param invoice the invoice with its new paid and outstanding amounts, status and
 * version
 */
public record PaymentReceipt(Payment payment, Invoice invoice) {
}
