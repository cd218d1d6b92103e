package com.example.shop.ui;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's rules fail on a small fixture that breaks them, name the offending class and
 * say what to do instead. The fixtures live in {@code com.example.archfixture.ui}, test
 * code outside the application's packages: neither the rules' real runs
 * ({@link ArchitectureTests}) nor the router see them.
 */
class ArchitectureRulesTests {

	private static final String FIXTURES = "com.example.archfixture.ui.";

	@Test
	void aClassUsingAWireRecordOrABackendPortIsCaughtAndToldToUseTheFeatureService() throws Exception {
		EvaluationResult result = evaluate(ArchitectureTests.theUiSeesOnlyTheBffsFace, "ReachesPastTheFace");

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("ReachesPastTheFace", "OrderAction", "OrdersBackend",
				"views call the BFF's feature services");
	}

	@Test
	void aViewNamingAnotherViewIsCaughtAndToldToNavigateByRoute() throws Exception {
		EvaluationResult result = evaluate(ArchitectureTests.viewsDoNotDependOnEachOther, "FirstView", "SecondView");

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).allMatch((line) -> line.contains("FirstView"));
		assertThat(result.getFailureReport().toString()).contains("SecondView", "navigate by route");
	}

	@Test
	void aViewNamingNoOtherViewPasses() throws Exception {
		assertThat(evaluate(ArchitectureTests.viewsDoNotDependOnEachOther, "SecondView").hasViolation()).isFalse();
	}

	private static EvaluationResult evaluate(ArchRule rule, String... simpleNames) throws ClassNotFoundException {
		Class<?>[] classes = new Class<?>[simpleNames.length];
		for (int i = 0; i < simpleNames.length; i++) {
			classes[i] = Class.forName(FIXTURES + simpleNames[i]);
		}
		return rule.evaluate(new ClassFileImporter().importClasses(classes));
	}

}
