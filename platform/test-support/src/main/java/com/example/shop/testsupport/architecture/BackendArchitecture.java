package com.example.shop.testsupport.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every backend (orders, billing, catalog: service and core) keeps, checked by
 * each service's {@code ArchitectureTests} over its own classes. Each rule's
 * {@code because} says what to do instead, so a violation's message is the fix.
 * <p>
 * The layout they assume: a domain's core holds its feature packages
 * ({@code orders.order}, {@code billing.invoice}, {@code catalog.reservation}, ...); its
 * service adds the adapters in {@code web} (REST) or {@code grpc} packages, and the
 * application class. Contracts are in {@code *.api} and {@code catalog.v1}.
 */
public abstract class BackendArchitecture {

	static final String[] BACKENDS = { "com.example.shop.orders..", "com.example.shop.billing..",
			"com.example.shop.catalog.." };

	/** Packages of a domain's transports and of the platform's web conventions. */
	static final String[] TRANSPORTS = { "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
			"io.swagger..", "org.springdoc..", "io.grpc..", "com.google.rpc..", "com.google.protobuf..",
			"com.google.type..", "com.example.shop.catalog.v1..", "com.vaadin..", "..web..", "..grpc..",
			"com.example.shop.support.problem..", "com.example.shop.support.idempotency.." };

	/**
	 * A backend's, the BFF's or the UI's own top-level package under
	 * {@code com.example.shop}.
	 */
	private static final List<String> SIDES = List.of("orders", "billing", "catalog", "bff", "ui");

	/** No backend imports another backend, the BFF or the UI. */
	@ArchTest
	public static final ArchRule BACKENDS_STAY_APART = classes().that()
		.resideInAnyPackage(BACKENDS)
		.should(onlyDependOnTheirOwnSide())
		.because("each backend owns its domain and its database alone: the BFF (bff-gateway) combines backends "
				+ "through their *-api contracts, and a convention every backend shares belongs in "
				+ "platform/service-support; never import another backend's classes");

	/**
	 * A domain's classes (everything of a backend outside its adapters and contracts)
	 * import no web, gRPC or Vaadin types.
	 */
	@ArchTest
	public static final ArchRule DOMAIN_KNOWS_NO_TRANSPORT = noClasses().that()
		.resideInAnyPackage(BACKENDS)
		.and()
		.resideOutsideOfPackages("..web..", "..grpc..", "..api..", "com.example.shop.catalog.v1..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(TRANSPORTS)
		.because("the domain decides and the adapters translate: put controllers, request and response mapping and "
				+ "status codes in the service's web (REST) or grpc package, and let the domain throw a "
				+ "DomainRefusal (or its domain's own Refusal) for ProblemDetailsHandler or CatalogErrors to map; "
				+ "the domain's core is shared with its batch application, which has neither");

	/** Packages depend on each other one way only. */
	@ArchTest
	public static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("com.example.shop.(**)")
		.should()
		.beFreeOfCycles()
		.because("two packages that need each other are one package in two places: move what both need into a "
				+ "third package (the domain's root package, or platform/service-support for a convention), or let "
				+ "the used package declare an interface that the user implements");

	/** Every refusal of a domain is a Refusal, mapped by the service's one mapper. */
	@ArchTest
	public static final ArchRule REFUSALS_SHARE_ONE_VOCABULARY = classes().that()
		.resideInAnyPackage(BACKENDS)
		.and()
		.areAssignableTo(RuntimeException.class)
		.should()
		.beAssignableTo("com.example.shop.support.domain.Refusal")
		.because("a domain refuses in the domain layer's one vocabulary: throw a DomainRefusal (NotFound, Invalid, "
				+ "Conflict, StaleVersion) with a ProblemType from platform/problem-types, or add a kind to your "
				+ "domain's own sealed Refusal (as the catalog's CatalogRefusal does) and map it where the service "
				+ "maps the others; never a new exception hierarchy")
		// A backend whose domain refuses only with the shared DomainRefusal has none of
		// its own.
		.allowEmptyShould(true);

	/**
	 * For a service's {@code ArchitectureTests} to extend, which names what to analyze.
	 */
	protected BackendArchitecture() {
	}

	private static ArchCondition<JavaClass> onlyDependOnTheirOwnSide() {
		return new ArchCondition<>("only depend on their own backend, the contracts and the platform") {

			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String own = sideOf(item.getPackageName());
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					String target = sideOf(dependency.getTargetClass().getPackageName());
					if (target != null && !target.equals(own)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

	private static String sideOf(String packageName) {
		for (String side : SIDES) {
			String root = "com.example.shop." + side;
			if (packageName.equals(root) || packageName.startsWith(root + ".")) {
				return side;
			}
		}
		return null;
	}

}
