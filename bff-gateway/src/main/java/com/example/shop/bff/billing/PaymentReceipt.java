package com.example.shop.bff.billing;

/**
 * A recorded payment and the invoice after it.
 *
 * @param payment the payment
 * @param invoice the invoice with the payment counted
 */
public record PaymentReceipt(Payment payment, Invoice invoice) {
}
