package com.example.shop.orders.order;

import java.util.Map;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The orders API over real HTTP on loopback against the embedded PostgreSQL, each test
 * starting at the test clock's start with an empty database and an admin signed in
 * through the UI ({@link #http}): who may do what is OrdersSecurityIT's subject. Also the
 * order bodies the tests place.
 */
@PostgresServiceTest(database = "orders")
abstract class OrdersApiTest {

	static final String CUSTOMER = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";

	static final String OTHER_CUSTOMER = "0b0e2a4c-79b1-4b7e-8a3b-0c2f7e6d9a10";

	static final String ORDERS = "/api/v1/orders/";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	/** An admin signed in through the UI, allowed everything. */
	LoopbackHttp http;

	@BeforeEach
	void startAtTheTestClocksStartAsAnAdmin() {
		this.http = new LoopbackHttp(this.port).withBearer(Caller.ADMIN.token());
		this.clock.set(TestClockConfiguration.START);
	}

	/** The API as the admin: {@link #http}. */
	public LoopbackHttp http() {
		return this.http;
	}

	/** The API as the person {@code subject} with {@code role}, through the UI. */
	LoopbackHttp as(String subject, String role) {
		return new LoopbackHttp(this.port).withBearer(TestIssuer.get().tokenFor(subject, role));
	}

	/** Places an order as the admin, with this idempotency key. */
	LoopbackHttp.Response create(String key, String body) {
		return this.http.post("/api/v1/orders", body, "Idempotency-Key", key);
	}

	/** One of an order's actions (confirm, ship, ...) as the admin. */
	LoopbackHttp.Response action(String id, String action, String ifMatch) {
		return this.http.post(ORDERS + id + "/" + action, null, "If-Match", ifMatch);
	}

	long orderCount() {
		return this.jdbc.sql("select count(*) from orders").query(Long.class).single();
	}

	/** A placement's body: the customer {@code Hanbit Foods} buying these lines. */
	static String body(String customerId, String... lines) {
		return """
				{"customerId": "%s", "customerName": "Hanbit Foods", "lines": [%s]}""".formatted(customerId,
				String.join(", ", lines));
	}

	/** A line of {@code quantity} of {@code sku} at {@code price} won. */
	static String line(String sku, String price, int quantity) {
		return LoopbackHttp.json(Map.of("sku", sku, "productName", "Product " + sku, "unitPrice",
				Map.of("amount", price, "currency", "KRW"), "quantity", quantity));
	}

}
