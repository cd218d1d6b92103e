package com.example.shop.bff;

import com.example.shop.bff.support.PackageSlices;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The BFF's rooms, checked on its main classes. Each rule's message says what to do
 * instead of what it found.
 */
@AnalyzeClasses(packages = "com.example.shop.bff", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String BACKEND = "com.example.shop.bff.backend..";

	@ArchTest
	static final ArchRule backendClientsAreInternalToTheBff = noClasses().that()
		.resideOutsideOfPackage(BACKEND)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(BACKEND)
		.because("bff.backend is how the BFF reaches the backends, not what it offers: declare what a feature "
				+ "needs as an interface in the feature's package (OrdersBackend, BillingBackend, CatalogBackend) "
				+ "and implement it in bff.backend, which Spring finds by scanning");

	@ArchTest
	static final ArchRule wireRecordsStayInTheBackendAdapters = noClasses().that()
		.resideOutsideOfPackage(BACKEND)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.example.shop.orders.api..", "com.example.shop.billing.api..",
				"com.example.shop.catalog.v1..")
		.because("a backend's records and protobuf messages are its contract with the BFF, not the BFF's with "
				+ "its callers: map them to the feature's own view records in bff.backend, so a change to a "
				+ "backend's contract stops there");

	@ArchTest
	static final ArchRule backendClassesAreNotPublic = classes().that()
		.resideInAPackage(BACKEND)
		.should()
		.notBePublic()
		.because("bff.backend's classes are reached through the interfaces the features declare, and Spring "
				+ "finds them by scanning: keep a new class package-private, and if a feature needs more, add it to "
				+ "the feature's …Backend interface");

	@ArchTest
	static final ArchRule packagesFormNoCycles = slices().assignedFrom(PackageSlices.below("com.example.shop.bff"))
		.should()
		.beFreeOfCycles()
		.because("a cycle ties packages into one room: let the lower package declare an interface or own the "
				+ "record both need (order may use billing's records, billing never order's; the root package "
				+ "holds only what every feature shares and imports none of them)");

	@ArchTest
	static final ArchRule everyServiceMethodChecksTheRole = methods().that()
		.arePublic()
		.and()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.should()
		.beAnnotatedWith(PreAuthorize.class)
		.because("the UI and /bff/v1 call the same services, so roles are enforced there: add "
				+ "@PreAuthorize(Roles...) to the method, or make it package-private if no caller outside the "
				+ "feature needs it");

}
