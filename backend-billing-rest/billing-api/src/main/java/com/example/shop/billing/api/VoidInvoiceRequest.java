package com.example.shop.billing.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why an invoice is voided; the body is optional.
 *
 * @param reason free text kept on the invoice, at most 500 characters
 */
public record VoidInvoiceRequest(@Size(max = 500) @Pattern(regexp = BillingApi.TEXT_PATTERN,
		message = "must be valid Unicode without control characters but line breaks and tabs") String reason) {
}
