package com.example.shop.orders.api;

/** Paths and headers of the orders API, shared by the service and its clients. */
public final class OrdersApi {

	public static final String BASE_PATH = "/api/v1/orders";

	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Where the committed OpenAPI document sits on the classpath of this artifact. */
	public static final String OPENAPI_RESOURCE = "openapi/orders-api.json";

	private OrdersApi() {
	}

}
