package com.example.shop.fuzz;

import org.junit.jupiter.api.Test;

class BffFuzzIT extends FuzzTest {

	@Test
	void hostileRequestsFromTheBffContractAreRefusedQuicklyAndChangeNothing() throws Exception {
		assertContractFuzzedClean(Api.BFF, Contracts.BFF);
	}

	@Test
	void anOrdinaryProductPageKeepsItsLatencyWhileAFiveThousandCharacterSkuIsRefused() throws Exception {
		String worst = "/bff/v1/catalog/products/" + "A".repeat(5_000);
		assertUndisturbed(Neighbour.measure(() -> get(Api.BFF, "/bff/v1/catalog/products/FZ-0002") == 200,
				() -> get(Api.BFF, worst) == 400));
	}

}
