package com.example.shop.orders.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An exact amount of money: a decimal string with at most two fraction digits, and an ISO
 * 4217 code.
 *
 * @param amount for example {@code "1250.00"}; never a floating point number
 * @param currency for example {@code "KRW"}; must be the deployment's business currency
 */
public record Money(
		@NotNull @Size(max = 18) @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?",
				message = "must be a non-negative decimal with at most 2 fraction digits") String amount,
		@NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}",
				message = "must be a 3-letter ISO 4217 code") String currency) {
}
