package com.example.shop.bff.support;

import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.testsupport.time.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the BFF's integration tests: the BFF in a Spring context, calling the real
 * backends over loopback through proxies; every proxy passing and every circuit closed
 * before each test.
 */
@SpringBootTest(classes = BffTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.bff.request-budget=2s", "app.bff.orders.timeout=800ms", "app.bff.billing.timeout=800ms",
				"app.bff.catalog.timeout=800ms" })
@ContextConfiguration(initializers = RealBackendsInitializer.class)
public abstract class BffIntegrationTest {

	protected final RealBackends backends = RealBackends.get();

	protected final TestData data = new TestData(this.backends);

	@Autowired
	protected CircuitBreakerRegistry circuitBreakers;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected CatalogBackend catalogBackend;

	@BeforeEach
	void everythingUp() {
		this.backends.allUp();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		// A previous test may have left the gRPC channel backing off from a refused
		// connection.
		this.catalogBackend.reconnectNow();
	}

}
