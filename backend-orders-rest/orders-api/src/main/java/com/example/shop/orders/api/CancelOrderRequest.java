package com.example.shop.orders.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why an order is cancelled; the body is optional.
 *
 * @param reason free text shown on the order, at most 500 characters
 */
public record CancelOrderRequest(
		@Size(max = 500) @Pattern(regexp = OrdersApi.TEXT_PATTERN, message = OrdersApi.TEXT_MESSAGE) String reason) {
}
