package com.example.shop.bff.billing;

import com.example.shop.bff.Money;

/**
 * Billing's answer to "may this customer be billed this much now?".
 *
 * @param requested the amount asked about
 * @param availableCredit what the customer may still be billed
 * @param approved billing's decision
 */
public record CreditCheck(Money requested, Money availableCredit, boolean approved) {
}
