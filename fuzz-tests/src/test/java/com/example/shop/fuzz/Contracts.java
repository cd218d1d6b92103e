package com.example.shop.fuzz;

/** The committed OpenAPI documents, by their place in the repository. */
final class Contracts {

	static final String ORDERS = "backend-orders-rest/orders-api/src/main/resources/openapi/orders-api.json";

	static final String BILLING = "backend-billing-rest/billing-api/src/main/resources/openapi/billing-api.json";

	static final String BFF = "bff-gateway/src/main/resources/openapi/bff-api.json";

	private Contracts() {
	}

}
