package com.example.shop.bff.support;

import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.order.CancelOrderService;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.example.shop.testsupport.time.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the BFF's integration tests: the BFF in a Spring context, calling the real
 * backends over loopback through proxies, with tokens from the test issuer, which the
 * backends trust too; every proxy passing and every circuit closed before each test.
 */
@SpringBootTest(classes = BffTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.bff.request-budget=2s", "app.bff.orders.timeout=800ms", "app.bff.billing.timeout=800ms",
				"app.bff.catalog.timeout=800ms" })
@ContextConfiguration(initializers = RealBackendsInitializer.class)
@TrustsTestIssuer
public abstract class BffIntegrationTest {

	protected final RealBackends backends = RealBackends.get();

	protected final TestData data = new TestData(this.backends);

	@Autowired
	protected CircuitBreakerRegistry circuitBreakers;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected PathFaults pathFaults;

	@Autowired
	protected CatalogBackend catalogBackend;

	@Autowired
	protected PlaceOrderService placing;

	@Autowired
	protected OrderDeskService desk;

	@Autowired
	protected CancelOrderService cancelling;

	@BeforeEach
	void everythingUp() {
		this.backends.allUp();
		this.pathFaults.clear();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		// A previous test may have left the gRPC channel backing off from a refused
		// connection.
		this.catalogBackend.reconnectNow();
	}

	/**
	 * Places an order of {@code quantity} units of a new product (100.00, 10 in stock)
	 * for a new customer with ample credit, through the saga.
	 */
	protected Placement.Placed placeOne(int quantity) {
		return placed(this.data.orderOfOne(quantity));
	}

	/** Places an order a test starts from (see {@link Fixtures#placed}). */
	protected Placement.Placed placed(PlaceOrder command) {
		return Fixtures.placed(this.placing, this.circuitBreakers, command);
	}

}
