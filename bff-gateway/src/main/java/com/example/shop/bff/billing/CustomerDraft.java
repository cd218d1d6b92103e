package com.example.shop.bff.billing;

import com.example.shop.bff.InputRules;
import com.example.shop.bff.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer account as the customer form and {@code /bff/v1} send it, to open or to
 * change. Billing's rules, checked here first so a malformed request never reaches it;
 * billing checks them again (and that the credit limit is in the business currency).
 *
 * @param name the company name
 * @param email the accounts-payable contact
 * @param creditLimit how much the customer may owe at once, in the business currency
 * @param paymentTermsDays days from an invoice's issue date to its due date, 0 to 365
 * @param status on a change, whether the customer may buy on credit ({@code SUSPENDED}
 * suspends, {@code ACTIVE} reactivates); a new account is always {@code ACTIVE}, so it is
 * ignored when opening one and may be left out
 */
public record CustomerDraft(
		@NotBlank @Size(max = 200) @Pattern(regexp = InputRules.NAME, message = InputRules.TEXT_MESSAGE) String name,
		@NotBlank @Email @Size(max = 254) String email, @NotNull @Valid Money creditLimit,
		@NotNull @Min(0) @Max(365) Integer paymentTermsDays, CustomerStatus status) {
}
