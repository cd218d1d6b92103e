package com.example.shop.bff.order;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.example.shop.bff.InputRules;
import jakarta.validation.constraints.Size;

/**
 * A new order as the form submits it. The form mints the placement id once and reuses it
 * on every retry, so a retry never places a second order.
 *
 * @param placementId the placement id: the catalog reservation id and the orders
 * idempotency key
 * @param customerId the billing customer
 * @param lines what to order; names and prices come from the catalog at reservation time
 */
public record PlaceOrder(@NotNull UUID placementId, @NotNull UUID customerId,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {

	/**
	 * One line of the form.
	 *
	 * @param sku the SKU
	 * @param quantity how many, 1 to 10,000
	 */
	public record Line(@NotBlank @Size(max = 40) @Pattern(regexp = InputRules.SKU) String sku,
			@Min(1) @Max(10_000) int quantity) {
	}

}
