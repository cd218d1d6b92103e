package com.example.shop.e2e.harness;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import com.example.shop.e2e.backends.BackendToken;
import com.example.shop.e2e.backends.Endpoints;

/**
 * The system under test: either the one the suite starts itself through the local run
 * ({@link RunningShop}), or a deployment named by {@code -De2e.base-url=URL}
 * ({@code ./run-e2e.sh --base-url URL}).
 *
 * <p>
 * Against a deployment, what the journeys need besides the UI comes from, in order:
 * <ol>
 * <li>environment variables: {@code E2E_<ROLE>_USER} and {@code E2E_<ROLE>_PASSWORD} per
 * role ({@code SALES}, {@code BILLING}, {@code ADMIN}), {@code E2E_ORDERS_URL},
 * {@code E2E_BILLING_URL} and {@code E2E_CATALOG_GRPC_TARGET} for the backend checks, and
 * {@code E2E_BACKEND_TOKEN}, a bearer token those checks carry (an admin's: they create
 * customers and products);</li>
 * <li>the readiness file of a local run whose {@code ui.url} is that URL (an already
 * running {@code ./run-local.sh}): its demo users, password and backend addresses, and
 * its identity provider, where the demo admin signs in for the backend checks' token. The
 * file is {@code -De2e.ready-file}, else {@code $LOCAL_RUN_HOME/ready.properties}, else
 * {@code .local-run/ready.properties} at the repository root.</li>
 * </ol>
 * What is missing fails the journey that needs it, naming the variable to set.
 */
public final class Target {

	/** System property: the UI's URL of a deployment to run against. */
	public static final String BASE_URL = "e2e.base-url";

	/** System property: a local run's readiness file to take users and backends from. */
	public static final String READY_FILE = "e2e.ready-file";

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private static Target current;

	private final String baseUrl;

	private final Map<Role, Credentials> users;

	private final Endpoints endpoints;

	private final List<String> missingEndpoints;

	private final RunningShop ownSystem;

	private final String issuer;

	private final String backendToken;

	private Target(String baseUrl, Map<Role, Credentials> users, Endpoints endpoints, List<String> missingEndpoints,
			RunningShop ownSystem, String issuer, String backendToken) {
		this.baseUrl = stripSlash(baseUrl);
		this.users = users;
		this.endpoints = endpoints;
		this.missingEndpoints = missingEndpoints;
		this.ownSystem = ownSystem;
		this.issuer = issuer;
		this.backendToken = backendToken;
	}

	/**
	 * The target of this test JVM: a deployment if one is named, else the suite's own
	 * system (started now).
	 */
	public static synchronized Target get() {
		if (current == null) {
			String baseUrl = System.getProperty(BASE_URL, "");
			if (baseUrl.isBlank()) {
				current = own(RunningShop.get());
			}
			else {
				current = deployment(baseUrl, System.getenv(), readyFileCandidate().flatMap(Target::read));
			}
		}
		return current;
	}

	/** The system the suite started: everything from its readiness file. */
	static Target own(RunningShop shop) {
		Properties ready = shop.ready();
		return new Target(ready.getProperty("ui.url"), demoUsers(ready), endpointsOf(ready), List.of(), shop,
				ready.getProperty("identity.url"), null);
	}

	/**
	 * A deployment at {@code baseUrl}; {@code ready} is a local run's readiness file,
	 * used only if it describes that same URL.
	 */
	static Target deployment(String baseUrl, Map<String, String> environment, Optional<Properties> ready) {
		Optional<Properties> same = ready.filter((p) -> sameServer(p.getProperty("ui.url", ""), baseUrl));
		Map<Role, Credentials> users = new EnumMap<>(Role.class);
		same.ifPresent((p) -> users.putAll(demoUsers(p)));
		for (Role role : Role.values()) {
			String user = environment.get(role.userVariable());
			String password = environment.get(role.passwordVariable());
			if (user != null && !user.isBlank() && password != null) {
				users.put(role, new Credentials(user, password));
			}
		}
		Function<String, String> env = (name) -> {
			String value = environment.get(name);
			return (value == null || value.isBlank()) ? null : value;
		};
		Endpoints fromReady = same.map(Target::endpointsOf).orElse(new Endpoints(null, null, null));
		Endpoints endpoints = new Endpoints(firstOf(env.apply("E2E_ORDERS_URL"), fromReady.ordersUrl()),
				firstOf(env.apply("E2E_BILLING_URL"), fromReady.billingUrl()),
				firstOf(env.apply("E2E_CATALOG_GRPC_TARGET"), fromReady.catalogGrpcTarget()));
		List<String> missing = new java.util.ArrayList<>();
		if (endpoints.ordersUrl() == null) {
			missing.add("E2E_ORDERS_URL");
		}
		if (endpoints.billingUrl() == null) {
			missing.add("E2E_BILLING_URL");
		}
		if (endpoints.catalogGrpcTarget() == null) {
			missing.add("E2E_CATALOG_GRPC_TARGET");
		}
		return new Target(baseUrl, users, endpoints, List.copyOf(missing), null,
				same.map((p) -> p.getProperty("identity.url")).orElse(null), env.apply("E2E_BACKEND_TOKEN"));
	}

	/** Where a browser opens the UI, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** Who signs in for this role. */
	public Credentials credentials(Role role) {
		Credentials credentials = this.users.get(role);
		if (credentials == null) {
			throw new IllegalStateException("No user for the role %s: set %s and %s (see e2e-tests/README.md)"
				.formatted(role, role.userVariable(), role.passwordVariable()));
		}
		return credentials;
	}

	/** Where the backends answer. */
	public Endpoints endpoints() {
		if (!this.missingEndpoints.isEmpty()) {
			throw new IllegalStateException("The journeys check the backends too: set %s (see e2e-tests/README.md)"
				.formatted(String.join(", ", this.missingEndpoints)));
		}
		return this.endpoints;
	}

	/**
	 * The token of the backend checks: {@code E2E_BACKEND_TOKEN}, else the demo admin's,
	 * signed in at the local run's identity provider.
	 */
	public BackendToken backendToken() {
		if (this.backendToken != null) {
			return BackendToken.fixed(this.backendToken);
		}
		if (this.issuer == null) {
			throw new IllegalStateException(
					"The journeys check the backends with a token: set E2E_BACKEND_TOKEN (see e2e-tests/README.md)");
		}
		Credentials admin = credentials(Role.ADMIN);
		return BackendToken.signingIn(this.issuer, admin.user(), admin.password());
	}

	/** The system the suite started itself, if it did. */
	public Optional<RunningShop> ownSystem() {
		return Optional.ofNullable(this.ownSystem);
	}

	private static Map<Role, Credentials> demoUsers(Properties ready) {
		Map<Role, Credentials> users = new EnumMap<>(Role.class);
		String password = ready.getProperty("demo.password");
		List<String> names = List.of(ready.getProperty("demo.users", "").split(","));
		for (Role role : Role.values()) {
			if (password != null && names.contains(role.demoUser())) {
				users.put(role, new Credentials(role.demoUser(), password));
			}
		}
		return users;
	}

	private static Endpoints endpointsOf(Properties ready) {
		return new Endpoints(ready.getProperty("orders.url"), ready.getProperty("billing.url"),
				ready.getProperty("catalog.grpc.target"));
	}

	/** Same scheme, port and host, where every loopback name is the same host. */
	static boolean sameServer(String a, String b) {
		try {
			URI x = URI.create(stripSlash(a));
			URI y = URI.create(stripSlash(b));
			String hostX = LOOPBACK.contains(x.getHost()) ? "loopback" : x.getHost();
			String hostY = LOOPBACK.contains(y.getHost()) ? "loopback" : y.getHost();
			return x.getScheme() != null && x.getScheme().equals(y.getScheme()) && hostX != null
					&& hostX.equalsIgnoreCase(hostY) && x.getPort() == y.getPort();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Optional<Path> readyFileCandidate() {
		String configured = System.getProperty(READY_FILE, "");
		if (!configured.isBlank()) {
			return Optional.of(Path.of(configured));
		}
		String home = System.getenv("LOCAL_RUN_HOME");
		if (home != null && !home.isBlank()) {
			return Optional.of(Path.of(home, "ready.properties"));
		}
		return Optional.of(RunningShop.repositoryRoot().resolve(".local-run/ready.properties"));
	}

	private static Optional<Properties> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(properties);
	}

	private static String firstOf(String a, String b) {
		return (a != null) ? a : b;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
