package com.example.shop.orders.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reconciler claiming orders whose saga is unfinished
 * ({@code POST /api/v1/saga/leases}).
 *
 * @param owner who claims (one id per reconciler instance)
 * @param limit at most this many orders, 1 to 100
 * @param leaseSeconds how long the claim holds; another reconciler may take the order
 * after that
 * @param graceSeconds only orders whose saga progress is at least this old, so a
 * placement still running is left to finish itself
 */
public record SagaLeaseRequest(@NotBlank @Size(max = 100) String owner, @NotNull @Min(1) @Max(100) Integer limit,
		@NotNull @Min(1) @Max(3600) Integer leaseSeconds, @NotNull @Min(0) @Max(3600) Integer graceSeconds) {
}
