package com.example.shop.fuzz;

import com.example.shop.catalog.v1.FieldLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite fails when a service lacks one length check. Playing such a service: the
 * contract the suite reads says a field is shorter than the service actually enforces,
 * exactly what a service that dropped that check looks like from outside; the run must
 * fail, name the field and print the seed that reproduces it.
 */
class MissingCheckIsCaughtIT extends FuzzTest {

	@Test
	void aRestServiceWithoutTheCustomerNameLengthCheckFailsTheRun() {
		RestContract lacking = RestContract.committed(Contracts.ORDERS)
			.withBound("CreateOrderRequest", "customerName", "maxLength", 100);

		Findings findings = new RestFuzzer(Api.ORDERS, lacking, this.shop).run(seed(Api.ORDERS), 60);

		assertThat(findings.problems()).anySatisfy((problem) -> assertThat(problem)
			.contains("breaks the contract (/customerName one past maxLength) but was answered 2"));
		assertThat(findings.report()).contains("Reproduce with -Dfuzz.seed=" + seed(Api.ORDERS));
	}

	@Test
	void aGrpcServiceWithoutTheSkuLengthCheckFailsTheRun() {
		Bounds lacking = new Bounds().with("example.shop.catalog.v1.GetProductRequest.sku",
				FieldLimits.newBuilder().setMaxLength(20).setPattern("[A-Z0-9][A-Z0-9._-]{1,39}").build());

		Findings findings = new GrpcFuzzer(this.shop, lacking).run(seed(Api.CATALOG), 60);

		assertThat(findings.problems()).anySatisfy((problem) -> assertThat(problem)
			.contains("breaks the contract (sku = AAAAAAAAAAAAAAAAAAAAA) but was answered NOT_FOUND"));
	}

}
