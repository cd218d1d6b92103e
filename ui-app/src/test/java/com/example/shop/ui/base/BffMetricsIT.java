package com.example.shop.ui.base;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.Fixtures;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.RealBackendsInitializer;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.bff.support.TestData;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.metrics.PrometheusScrape;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.example.shop.ui.UiApplication;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BFF's metrics as Prometheus scrapes them from ui-app's management port, after a
 * real placement and a real {@code /bff/v1} call against the three real backends: server
 * and client latency histograms per backend (HTTP to orders and billing, gRPC to
 * catalog), the circuit breakers' states and call outcomes, the reconciler's outcomes and
 * the Vaadin gauges; and none of it on the public port.
 */
@SpringBootTest(classes = UiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.bff.request-budget=3s", "app.bff.orders.timeout=1500ms", "app.bff.billing.timeout=1500ms",
				"app.bff.catalog.timeout=1500ms", "app.security.client-secret=test-secret",
				"app.bff.reconciler.enabled=false",
				"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@ContextConfiguration(initializers = RealBackendsInitializer.class)
@TrustsTestIssuer
@SignedIn(roles = "SALES")
@DirtiesContext
class BffMetricsIT {

	/**
	 * Vaadin's security auto-configuration makes its context's strategy the JVM's
	 * {@link SecurityContextHolder} strategy; this second ui-app context would leave its
	 * own behind for the view tests' cached context, whose views then find no one signed
	 * in.
	 */
	private static SecurityContextHolderStrategy viewTestsStrategy;

	private final RealBackends backends = RealBackends.get();

	private final TestData data = TestData.forBenchmark(this.backends);

	@Value("${local.server.port}")
	int port;

	@Value("${local.management.port}")
	int managementPort;

	@Autowired
	PlaceOrderService placing;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@BeforeAll
	static void keepTheSecurityStrategy() {
		viewTestsStrategy = SecurityContextHolder.getContextHolderStrategy();
	}

	@AfterAll
	static void restoreTheSecurityStrategy() {
		SecurityContextHolder.setContextHolderStrategy(viewTestsStrategy);
	}

	@Test
	void aPlacementAndAnOrderDetailShowUpPerBackendOnTheManagementPortOnly() {
		this.backends.allUp();
		UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product("100.00", 10);
		Placement.Placed placed = Fixtures.placed(this.placing, this.circuitBreakers,
				new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(sku, 1))));
		LoopbackHttp http = new LoopbackHttp(this.port).withBearer(Caller.SALES.token());

		var detail = http.get("/bff/v1/orders/" + placed.order().id());
		PrometheusScrape scrape = PrometheusScrape.from(this.managementPort);

		assertThat(detail.status()).isEqualTo(200);
		assertThat(scrape.value("http_server_requests_seconds_count", "uri", "/bff/v1/orders/{id}", "status", "200"))
			.isGreaterThanOrEqualTo(1);
		assertThat(scrape.has("http_server_requests_seconds_bucket", "uri", "/bff/v1/orders/{id}", "le", "0.5"))
			.isTrue();
		assertThat(scrape.has("http_client_requests_seconds_bucket", "application", "ui-app")).isTrue();
		assertThat(scrape.has("grpc_client_seconds_bucket", "application", "ui-app")).isTrue();
		for (String backend : List.of("orders", "billing", "catalog")) {
			assertThat(scrape.value("resilience4j_circuitbreaker_state", "name", backend, "state", "closed"))
				.as("the %s breaker is closed", backend)
				.isEqualTo(1);
			assertThat(scrape.value("resilience4j_circuitbreaker_calls_seconds_count", "name", backend, "kind",
					"successful"))
				.as("successful calls to %s", backend)
				.isGreaterThanOrEqualTo(1);
		}
		assertThat(scrape.has("shop_bff_reconciler_attempts_total", "outcome", "finished")).isTrue();
		scrape.assertExportsEverythingListedFor("ui-app");
		PrometheusScrape.assertNotServedBy(http);
	}

}
