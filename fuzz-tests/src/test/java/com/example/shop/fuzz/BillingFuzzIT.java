package com.example.shop.fuzz;

import org.junit.jupiter.api.Test;

class BillingFuzzIT extends FuzzTest {

	@Test
	void hostileRequestsFromTheBillingContractAreRefusedQuicklyAndChangeNothing() throws Exception {
		assertContractFuzzedClean(Api.BILLING, Contracts.BILLING);
	}

	@Test
	void anOrdinaryReadKeepsItsLatencyWhileTheLargestBodyIsRefused() throws Exception {
		String customer = this.shop.known.get("customer").getFirst();
		String worst = "{\"name\": \"%s\", \"email\": \"%s@example.com\", \"creditLimit\": {\"amount\": \"1.00\", \"currency\": \"KRW\"}, \"paymentTermsDays\": 30}"
			.formatted("\\u0000".repeat(40_000), "e".repeat(20_000));
		assertUndisturbed(Neighbour.measure(() -> get(Api.BILLING, "/api/v1/customers/" + customer) == 200,
				() -> post(Api.BILLING, "/api/v1/customers", worst) == 400));
	}

}
