package com.example.shop.billing.api;

import java.util.UUID;

/**
 * Whether an amount would fit within a customer's available credit right now. Asked by
 * the BFF before an order is placed; it reserves nothing.
 *
 * @param customerId the customer
 * @param requested the amount asked about
 * @param availableCredit the credit available before this amount
 * @param approved whether the amount fits ({@code decision == APPROVED})
 * @param decision why
 */
public record CreditCheck(UUID customerId, Money requested, Money availableCredit, boolean approved,
		CreditDecision decision) {
}
