package com.example.shop.orders.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One line of a new order, with the catalog's name and price snapshot taken when the
 * stock was reserved.
 *
 * @param sku the product's SKU
 * @param productName the product name as it was when ordered
 * @param unitPrice the unit price as it was when ordered
 * @param quantity how many, 1 to 10,000
 */
public record OrderLineRequest(
		@NotBlank @Size(max = 40) @Pattern(regexp = OrdersApi.SKU_PATTERN,
				message = "must be 3 to 40 upper-case letters, digits or dashes") String sku,
		@NotBlank @Size(max = 200) @Pattern(regexp = OrdersApi.NAME_PATTERN,
				message = OrdersApi.TEXT_MESSAGE) String productName,
		@NotNull @Valid Money unitPrice, @NotNull @Min(1) @Max(10_000) Integer quantity) {
}
