package com.example.shop.billing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Records a payment received against an invoice. Sent with an {@code Idempotency-Key}
 * header: the same key on the same invoice records it once. Partial payments are fine; a
 * payment above what is outstanding is refused.
 *
 * @param amount more than zero, at most the outstanding amount, in the business currency
 * @param method how it was paid
 * @param reference the payer's or bank's reference, optional
 */
public record RecordPaymentRequest(@NotNull @Valid Money amount, @NotNull PaymentMethod method,
		@Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N} ._:/#-]{0,100}",
				message = "may hold letters, digits, spaces and . _ : / # - only") String reference) {
}
