package com.example.shop.orders.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Places an order. Sent with an {@code Idempotency-Key} header (the placement id): the
 * same key and body return the same order.
 *
 * @param customerId the billing customer's id
 * @param customerName the customer's name as it was when ordering
 * @param lines 1 to 100 lines, one per SKU
 */
public record CreateOrderRequest(@NotNull UUID customerId,
		@NotBlank @Size(max = 200) @Pattern(regexp = OrdersApi.NAME_PATTERN,
				message = OrdersApi.TEXT_MESSAGE) String customerName,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid OrderLineRequest> lines) {
}
