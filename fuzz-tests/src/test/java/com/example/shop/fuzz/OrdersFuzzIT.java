package com.example.shop.fuzz;

import org.junit.jupiter.api.Test;

class OrdersFuzzIT extends FuzzTest {

	@Test
	void hostileRequestsFromTheOrdersContractAreRefusedQuicklyAndChangeNothing() throws Exception {
		assertContractFuzzedClean(Api.ORDERS, Contracts.ORDERS);
	}

	@Test
	void anOrdinaryReadKeepsItsLatencyWhileTheLargestBodyIsRefused() throws Exception {
		String order = this.shop.known.get("order").getFirst();
		String worst = "{\"customerId\": \"%s\", \"customerName\": \"%s\", \"lines\": [%s]}".formatted(
				this.shop.known.get("customer").getFirst(), "N".repeat(200_000),
				String.join(",", java.util.Collections.nCopies(2_000, "{\"sku\": \"FZ-0001\", \"quantity\": 1}")));
		// About 270 KB: over app.http.max-request-body (256 KiB), so refused (413) before
		// it is read; under it, the bounds refuse it (400).
		assertUndisturbed(Neighbour.measure(() -> get(Api.ORDERS, "/api/v1/orders/" + order) == 200,
				() -> java.util.Set.of(400, 413).contains(post(Api.ORDERS, "/api/v1/orders", worst))));
	}

}
