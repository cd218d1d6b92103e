package com.example.shop.bff.billing;

import com.example.shop.bff.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A payment to record, partial or full, as the payment form and {@code /bff/v1} send it.
 *
 * @param amount how much, in the business currency
 * @param method how it was paid
 * @param reference the payer's reference, or {@code null}
 */
public record NewPayment(@NotNull @Valid Money amount, @NotNull PaymentMethod method,
		@Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N} ._:/#-]{0,100}",
				message = "may hold letters, digits, spaces and . _ : / # - only") String reference) {
}
