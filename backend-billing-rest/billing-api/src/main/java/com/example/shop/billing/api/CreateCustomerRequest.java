package com.example.shop.billing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opens a customer account, {@code ACTIVE}. Sent with an {@code Idempotency-Key} header.
 *
 * @param name the company name
 * @param email the accounts-payable contact
 * @param creditLimit how much the customer may owe at once, in the business currency
 * @param paymentTermsDays days from an invoice's issue date to its due date, 0 to 365
 */
public record CreateCustomerRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = BillingApi.NAME_PATTERN,
				message = BillingApi.TEXT_MESSAGE) String name,
		@NotBlank @Email @Size(max = 254) String email, @NotNull @Valid Money creditLimit,
		@NotNull @Min(0) @Max(365) Integer paymentTermsDays) {
}
