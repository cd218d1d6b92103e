package com.example.shop.ui;

import com.example.shop.bff.support.PackageSlices;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The UI's rooms, checked on its main classes. Each rule's message says what to do
 * instead of what it found.
 */
@AnalyzeClasses(packages = "com.example.shop.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final DescribedPredicate<JavaClass> VIEW = DescribedPredicate.describe(
			"a view (@Route) or layout (@Layout)",
			(c) -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class));

	@ArchTest
	static final ArchRule theUiSeesOnlyTheBffsFace = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.example.shop.bff.backend..", "com.example.shop.bff.web..",
				"com.example.shop.orders.api..", "com.example.shop.billing.api..", "com.example.shop.catalog.v1..")
		.orShould()
		.dependOnClassesThat(DescribedPredicate.describe("a BFF feature's backend port (…Backend)",
				(c) -> c.getPackageName().startsWith("com.example.shop.bff") && c.getSimpleName().endsWith("Backend")))
		.because("views call the BFF's feature services (com.example.shop.bff.<feature>.…Service) and render "
				+ "their view records; if a view needs more, add it to the BFF's service and map it there, "
				+ "never reach for a client, a backend's record or a generated gRPC type");

	@ArchTest
	static final ArchRule featurePackagesFormNoCycles = slices()
		.assignedFrom(PackageSlices.below("com.example.shop.ui"))
		.should()
		.beFreeOfCycles()
		.because("a cycle ties two features into one: navigate by route (ui.navigate(Routes…), an Anchor) "
				+ "instead of by class, and put what both need in the lower package (base/)");

	@ArchTest
	static final ArchRule viewsDoNotDependOnEachOther = classes().that(VIEW)
		.should(notDependOnAnotherView())
		.because("a view that names another view's class wires the shell by imports: navigate by route "
				+ "(Routes in base/) and share components (grids, dialogs) as classes that are not views");

	@ArchTest
	static final ArchRule viewsAreNotPublic = noClasses().that()
		.areAnnotatedWith(Route.class)
		.should()
		.bePublic()
		.because("nothing outside a view's package needs its class: the router finds it, the menu lists it "
				+ "(@Menu) and others reach it by its route");

	private static ArchCondition<JavaClass> notDependOnAnotherView() {
		return new ArchCondition<>("not depend on another view or layout") {

			@Override
			public void check(JavaClass view, ConditionEvents events) {
				for (Dependency dependency : view.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (!target.equals(view) && VIEW.test(target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

}
