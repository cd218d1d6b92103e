package com.example.shop.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.example.shop.bff.backend.CatalogBackend;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.RealBackendsInitializer;
import com.example.shop.bff.support.TestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.awaitility.Awaitility.await;

/**
 * Base of the view tests: the whole ui-app (views, the embedded BFF, method security) in
 * one Spring context, its BFF calling the real backends over loopback (shared with the
 * BFF's own integration tests), views driven without a browser.
 */
@SpringBootTest(classes = UiApplication.class, properties = { "app.bff.request-budget=3s",
		"app.bff.orders.timeout=1500ms", "app.bff.billing.timeout=1500ms", "app.bff.catalog.timeout=1500ms",
		"app.security.demo-users.enabled=true",
		"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@ContextConfiguration(initializers = RealBackendsInitializer.class)
@ViewPackages(packages = "com.example.shop.ui")
public abstract class UiIntegrationTest extends SpringBrowserlessTest {

	protected final RealBackends backends = RealBackends.get();

	protected final TestData data = TestData.forBenchmark(this.backends);

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	CatalogBackend catalogBackend;

	@BeforeEach
	void everythingUp() {
		this.backends.allUp();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.catalogBackend.reconnectNow();
	}

	/**
	 * Waits until the screen shows what the condition checks, letting answers that
	 * arrived from the BFF (applied with {@code ui.access}) reach the UI each time.
	 */
	protected void awaitScreen(BooleanSupplier condition) {
		await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			roundTrip();
			return condition.getAsBoolean();
		});
	}

}
