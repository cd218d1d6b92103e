package com.example.shop.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.order.OrdersBackend;
import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.Fixtures;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.RealBackendsInitializer;
import com.example.shop.bff.support.TestData;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.Pages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static com.vaadin.browserless.internal.PrettyPrintTreeKt.toPrettyTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the view tests: the whole ui-app (views, the embedded BFF, method security) in
 * one Spring context, its BFF calling the real backends through the {@link RealBackends}'
 * proxies (shared with the BFF's own integration tests), views driven without a browser.
 * People sign in with tokens of the test issuer ({@code @SignedIn}), which the backends
 * trust, so the BFF relays real tokens.
 */
@SpringBootTest(classes = UiApplication.class, properties = { "app.bff.request-budget=3s",
		"app.bff.orders.timeout=1500ms", "app.bff.billing.timeout=1500ms", "app.bff.catalog.timeout=1500ms",
		"app.security.client-secret=test-secret",
		// The reconciler would finish orders tests leave half-placed on purpose; its own
		// tests turn it on.
		"app.bff.reconciler.enabled=false",
		"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@ContextConfiguration(initializers = RealBackendsInitializer.class)
@ViewPackages(packages = "com.example.shop.ui")
@TrustsTestIssuer
public abstract class UiIntegrationTest extends SpringBrowserlessTest {

	private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(20);

	private static volatile boolean warm;

	protected final RealBackends backends = RealBackends.get();

	protected final TestData data = TestData.forBenchmark(this.backends);

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	CatalogBackend catalogBackend;

	@Autowired
	protected OrdersBackend ordersBackend;

	@Autowired
	protected BillingBackend billingBackend;

	@Autowired
	protected PlaceOrderService placing;

	/**
	 * Every proxy passing, every circuit closed and the catalog channel reconnected
	 * <em>before</em> the browserless UI exists: creating it navigates to the root route,
	 * whose dashboard calls the BFF at once, and that call must not meet what the
	 * previous test left behind. (Overriding the superclass's {@code @BeforeEach}
	 * replaces it, so this runs first and then builds the UI.)
	 */
	@BeforeEach
	@Override
	protected void initVaadinEnvironment() {
		this.backends.allUp();
		warmUp();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		// A previous test may have left the gRPC channel backing off from a refused
		// connection.
		this.catalogBackend.reconnectNow();
		super.initVaadinEnvironment();
	}

	/**
	 * Once per test JVM: waits until the BFF gets answers from all three backends. Their
	 * first calls after start take over a second each (cold JVMs, two cores), close to
	 * the per-call timeout; a few timeouts in the first test would open a circuit and
	 * turn a placement into "stock held but not confirmed".
	 */
	private void warmUp() {
		if (warm) {
			return;
		}
		LocalDate today = LocalDate.now();
		await("the BFF reaching the three backends").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> ServiceIdentity
				.runAsService(Mono.zip(this.ordersBackend.stats(today.minusDays(29), today),
						this.billingBackend.receivables(), this.catalogBackend.categories()))
				.block() != null);
		warm = true;
	}

	/**
	 * The rows a page's History shows once its trail has arrived (none until then), for a
	 * test that opened the panel.
	 */
	@SuppressWarnings("unchecked")
	protected List<AuditTrail.Entry> historyRows(AuditTrailPanel history) {
		var shown = $(Grid.class, history);
		if (!shown.exists()) {
			return List.of();
		}
		Grid<AuditTrail.Entry> grid = shown.single();
		return grid.getGenericDataView().getItems().toList();
	}

	/**
	 * Opens the application anew, as a browser reload does: a new UI on the root route,
	 * with the data and backends as the test arranged them. A test that looks at the
	 * dashboard after arranging something for it (data it should show, a backend down)
	 * must do this first: the UI built before the test body already holds a dashboard
	 * that loaded before the arrangement, and navigating to the view already shown keeps
	 * that instance.
	 */
	protected void reopen() {
		cleanVaadinEnvironment();
		super.initVaadinEnvironment();
	}

	/**
	 * Places an order of one new product (100.00) for a new customer with ample credit,
	 * through the BFF, as the signed-in user (sales or admin).
	 */
	protected Placement.Placed placeOne() {
		UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product("100.00", 10);
		return Fixtures.placed(this.placing, this.circuitBreakers,
				new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(sku, 1))));
	}

	/**
	 * Waits until the {@code Div} with this id is shown and its text, with its
	 * children's, contains {@code text}.
	 */
	protected void awaitText(String id, String text) {
		awaitScreen(() -> $(Div.class).withId(id)
			.all()
			.stream()
			.anyMatch((shown) -> shown.getElement().getTextRecursively().contains(text)));
	}

	/**
	 * An order of one new product (100.00) for a new customer with its invoice, arranged
	 * directly as a service: billing may not place orders, and what a test shows must not
	 * depend on who placed it.
	 * @return the invoice, which names its order and customer
	 */
	protected Invoice invoicedOrder() {
		UUID orderId = this.data.unfinishedOrder();
		return ServiceIdentity
			.runAsService(this.ordersBackend.get(orderId)
				.flatMap((order) -> this.billingBackend.issue(order.id(), order.customerId(), order.total())))
			.block();
	}

	/**
	 * The rows of a lazy grid's first page, as the grid asks its data provider for them
	 * (browserless's row count would ask for every row at once, more than the BFF
	 * serves).
	 */
	@SuppressWarnings("unchecked")
	protected static <T> List<T> rowsShown(Grid<T> grid) {
		return ((DataProvider<T, Object>) grid.getDataProvider())
			.fetch(new Query<>(0, Pages.SIZE, List.of(), null, null))
			.toList();
	}

	/**
	 * The status badge a grid's status column draws for a row, from the values its
	 * template renderer sends to the browser.
	 */
	@SuppressWarnings("unchecked")
	protected static <T> ShownBadge badge(Grid<T> grid, String columnKey, T row) {
		Map<String, ValueProvider<T, ?>> values = ((LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer())
			.getValueProviders();
		return new ShownBadge(String.valueOf(values.get("label").apply(row)),
				List.of(String.valueOf(values.get("theme").apply(row)).split(" ")),
				String.valueOf(values.get("status").apply(row)));
	}

	/**
	 * A status badge as the browser draws it.
	 *
	 * @param text its word
	 * @param themes its theme attribute's names ({@code badge} and the tone)
	 * @param status its {@code data-status}
	 */
	protected record ShownBadge(String text, List<String> themes, String status) {

		/**
		 * Asserts the badge's word, its status and its themes, in any order.
		 * @param tone why these themes fit the status, said when they do not
		 */
		public void assertShows(String text, String status, String tone, String... themes) {
			assertThat(text()).isEqualTo(text);
			assertThat(themes()).as(tone).containsExactlyInAnyOrder(themes);
			assertThat(status()).isEqualTo(status);
		}

	}

	/**
	 * The status badge a view shows in the {@code Span} with this id, once the view shows
	 * it.
	 */
	protected ShownBadge badgeShown(String id) {
		awaitScreen(() -> $(Span.class).withId(id).exists());
		Span badge = $(Span.class).withId(id).single();
		return new ShownBadge(badge.getText(), List.copyOf(badge.getElement().getThemeList()),
				badge.getElement().getAttribute("data-status"));
	}

	/**
	 * Opens the view at an address (a query included), as a user typing it would (views
	 * are not public; the router finds them), and returns what the router shows there.
	 */
	protected HasElement open(String location) {
		int query = location.indexOf('?');
		if (query < 0) {
			UI.getCurrent().navigate(location);
		}
		else {
			// An address with a query, as a link (a chart's bar) gives it.
			UI.getCurrent()
				.navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
		}
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
	}

	/**
	 * Waits until the screen shows what the condition checks. Views apply the BFF's
	 * answers with {@code ui.access} from a Reactor thread; the test thread holds the
	 * session lock, so those tasks only queue up. Each poll runs them (as a server does
	 * when a request releases the lock) and then does a round trip.
	 */
	protected void awaitScreen(BooleanSupplier condition) {
		try {
			await().pollInSameThread().atMost(SCREEN_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
				runPendingUiTasks();
				return condition.getAsBoolean();
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(
					"The screen did not get there within " + SCREEN_TIMEOUT + ":\n" + toPrettyTree(UI.getCurrent()),
					ex);
		}
	}

	/**
	 * Runs the {@code ui.access} tasks that answers from the BFF queued, then a round
	 * trip. Browserless's {@code roundTrip()} alone does not run them. They run with no
	 * current request, as on a server, where the Reactor thread that brings the answer
	 * runs them: whatever a callback asks of the request
	 * ({@code AccessAnnotationChecker}, cookies) fails here as it does there, instead of
	 * finding the test's mock request.
	 */
	protected void runPendingUiTasks() {
		withRequest(null, () -> VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent()));
		roundTrip();
	}

	/**
	 * Opens the view at an address as a click inside the application does: the browser
	 * sends it over the push WebSocket ({@code AppShell}), and the request Vaadin then
	 * holds is Atmosphere's copy of the upgrade request, which knows the user but answers
	 * {@code isUserInRole} with false. Only a full page load comes as an HTTP request.
	 */
	protected HasElement openOverPush(String location) {
		HttpServletRequest http = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
		VaadinServletRequest push = new VaadinServletRequest(new HttpServletRequestWrapper(http) {

			@Override
			public boolean isUserInRole(String role) {
				return false;
			}

			@Override
			public String getParameter(String name) {
				return ApplicationConstants.REQUEST_TYPE_PARAMETER.equals(name)
						? HandlerHelper.RequestType.PUSH.getIdentifier() : super.getParameter(name);
			}

			@Override
			public String getHeader(String name) {
				return "X-Atmosphere-Transport".equals(name) ? "websocket" : super.getHeader(name);
			}

		}, (VaadinServletService) VaadinService.getCurrent());
		withRequest(push, () -> UI.getCurrent().navigate(location));
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
	}

	private static void withRequest(VaadinRequest request, Runnable action) {
		VaadinRequest before = VaadinRequest.getCurrent();
		CurrentInstance.set(VaadinRequest.class, request);
		try {
			action.run();
		}
		finally {
			CurrentInstance.set(VaadinRequest.class, before);
		}
	}

}
