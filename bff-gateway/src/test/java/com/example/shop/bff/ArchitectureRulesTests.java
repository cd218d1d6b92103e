package com.example.shop.bff;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import com.example.shop.bff.backend.fixture.FixtureClient;
import com.example.shop.bff.fixture.order.KeepsToItsPort;
import com.example.shop.bff.fixture.order.ReachesForAClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BFF's rules fail on a small fixture that breaks them, name the offending class and
 * say what to do instead. The fixtures are test classes, which the rules' real runs
 * ({@link ArchitectureTests}) do not import.
 */
class ArchitectureRulesTests {

	@Test
	void aFeatureUsingABackendClientIsCaughtAndToldToDeclareAPort() {
		EvaluationResult result = ArchitectureTests.backendClientsAreInternalToTheBff
			.evaluate(new ClassFileImporter().importClasses(ReachesForAClient.class, FixtureClient.class));

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("ReachesForAClient", "FixtureClient",
				"declare what a feature needs as an interface in the feature's package");
	}

	@Test
	void aFeatureKeepingToItsPortAndTheClientItselfPass() {
		EvaluationResult result = ArchitectureTests.backendClientsAreInternalToTheBff
			.evaluate(new ClassFileImporter().importClasses(KeepsToItsPort.class, FixtureClient.class));

		assertThat(result.hasViolation()).isFalse();
	}

}
