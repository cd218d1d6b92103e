package com.example.shop.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import com.example.shop.billing.fixture.BillingThing;
import com.example.shop.orders.fixture.KnowsItsController;
import com.example.shop.orders.fixture.OwnRefusal;
import com.example.shop.orders.fixture.ReachesIntoBilling;
import com.example.shop.orders.fixture.a.First;
import com.example.shop.orders.fixture.b.Second;
import com.example.shop.orders.web.FixtureController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each backend rule fails on a small fixture that breaks it, names the offending class
 * and says what to do instead; an adapter may do what the domain may not.
 */
class BackendArchitectureTests {

	@Test
	void aBackendUsingAnotherBackendIsCaughtAndToldToGoThroughTheBff() {
		EvaluationResult result = evaluate(BackendArchitecture.BACKENDS_STAY_APART, ReachesIntoBilling.class,
				BillingThing.class);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("ReachesIntoBilling", "BillingThing", "bff-gateway",
				"platform/service-support");
	}

	@Test
	void aDomainClassUsingAnAdapterIsCaughtButTheAdapterMayUseTheDomain() {
		EvaluationResult result = evaluate(BackendArchitecture.DOMAIN_KNOWS_NO_TRANSPORT, KnowsItsController.class,
				FixtureController.class, First.class);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).hasSize(2)
			.allMatch((line) -> line.contains("KnowsItsController"));
		assertThat(result.getFailureReport().toString()).contains("web (REST) or grpc package");
	}

	@Test
	void aCycleBetweenTwoPackagesIsCaught() {
		EvaluationResult result = evaluate(BackendArchitecture.PACKAGES_ARE_FREE_OF_CYCLES, First.class, Second.class);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("fixture.a", "fixture.b", "third package");
	}

	@Test
	void anExceptionHierarchyOfItsOwnIsCaught() {
		EvaluationResult result = evaluate(BackendArchitecture.REFUSALS_SHARE_ONE_VOCABULARY, OwnRefusal.class);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("OwnRefusal", "DomainRefusal");
	}

	@Test
	void classesThatKeepTheRulesPassThem() {
		JavaClasses fine = new ClassFileImporter().importClasses(FixtureController.class, BillingThing.class);

		assertThat(BackendArchitecture.BACKENDS_STAY_APART.evaluate(fine).hasViolation()).isFalse();
		assertThat(BackendArchitecture.DOMAIN_KNOWS_NO_TRANSPORT.evaluate(fine).hasViolation()).isFalse();
		assertThat(BackendArchitecture.REFUSALS_SHARE_ONE_VOCABULARY.evaluate(fine).hasViolation()).isFalse();
	}

	private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
		return rule.evaluate(new ClassFileImporter().importClasses(classes));
	}

}
