package com.example.shop.orders.api;

/** Paths and headers of the orders API, shared by the service and its clients. */
public final class OrdersApi {

	public static final String BASE_PATH = "/api/v1/orders";

	/**
	 * The saga's own operations (leases, progress, finishing or reverting a cancellation,
	 * abandoning a placement): for the BFF and its reconciler only.
	 */
	public static final String SAGA_PATH = "/api/v1/saga";

	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Where the committed OpenAPI document sits on the classpath of this artifact. */
	public static final String OPENAPI_RESOURCE = "openapi/orders-api.json";

	private OrdersApi() {
	}

}
