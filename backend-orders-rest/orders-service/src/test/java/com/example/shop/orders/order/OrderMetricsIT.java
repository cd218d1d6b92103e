package com.example.shop.orders.order;

import java.time.Duration;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.metrics.PrometheusScrape;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import com.example.shop.testsupport.security.TestIssuer;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.example.shop.orders.order.OrdersApiIT.body;
import static com.example.shop.orders.order.OrdersApiIT.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders domain metrics as Prometheus scrapes them from the management port, after
 * real calls: placements counted once however often replayed, completed cancellations,
 * and the saga backlog gauges; plus every metric the dashboards and alert rules use.
 */
@PostgresServiceTest(database = "orders")
class OrderMetricsIT {

	private static final String CUSTOMER = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";

	@Value("${local.server.port}")
	int port;

	@Value("${local.management.port}")
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	LoopbackHttp http;

	@BeforeEach
	void setUp() {
		this.http = new LoopbackHttp(this.port).withBearer(TestIssuer.get().tokenFor("tester", "ADMIN"));
		this.clock.set(TestClockConfiguration.START);
	}

	@Test
	void aPlacementRetriedWithTheSameKeyCountsOnceAndACompletedCancellationCounts() {
		PrometheusScrape before = PrometheusScrape.from(this.managementPort);
		String order = body(CUSTOMER, line("SKU-0001", "1000", 1));

		String id = place("metrics-placement-1", order).json().path("id").asString();
		var replayed = place("metrics-placement-1", order);
		// Its idempotency record purged: the placement id on the order still finds it.
		this.jdbc.sql("delete from idempotency_record").update();
		var replayedAfterPurge = place("metrics-placement-1", order);
		place("metrics-placement-2", order);
		var refused = place("metrics-placement-1", body(CUSTOMER, line("SKU-0001", "1000", 2)));
		this.http.post("/api/v1/orders/" + id + "/cancel", null, "If-Match", "\"0\"");
		this.http.post("/api/v1/saga/orders/" + id + "/cancellation/complete", null);
		this.http.post("/api/v1/saga/orders/" + id + "/cancellation/complete", null);
		PrometheusScrape after = PrometheusScrape.from(this.managementPort);

		assertThat(replayed.header("Idempotency-Replayed")).hasValue("true");
		assertThat(replayedAfterPurge.json().path("id").asString()).isEqualTo(id);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(after.increaseSince(before, "shop_orders_placed_total")).isEqualTo(2);
		assertThat(after.increaseSince(before, "shop_orders_cancelled_total")).isEqualTo(1);
	}

	@Test
	void theSagaGaugesCountOrdersWithStepsLeftAndTheOldestAge() {
		String order = body(CUSTOMER, line("SKU-0001", "1000", 1));
		place("metrics-saga-1", order);
		this.clock.advance(Duration.ofMinutes(5));
		place("metrics-saga-2", order);
		// Past the gauges' cache, so this scrape reads the saga state afresh.
		this.clock.advance(OrderMetrics.BACKLOG_TTL.plusSeconds(1));

		PrometheusScrape scrape = PrometheusScrape.from(this.managementPort);

		assertThat(scrape.value("shop_orders_saga_pending")).isEqualTo(2);
		assertThat(scrape.value("shop_orders_saga_pending_oldest_seconds")).isEqualTo(311);
	}

	@Test
	void theManagementPortExportsEveryMetricTheDashboardsAndRulesUseAndThePublicPortNone() {
		place("metrics-names", body(CUSTOMER, line("SKU-0001", "1000", 1)));
		this.http.get("/api/v1/orders?size=5");

		PrometheusScrape scrape = PrometheusScrape.from(this.managementPort);

		scrape.assertExportsEverythingListedFor("orders");
		// The latency SLO's threshold, an exact bucket the alert rules read.
		assertThat(scrape.has("http_server_requests_seconds_bucket", "application", "orders", "le", "0.5")).isTrue();
		PrometheusScrape.assertNotServedBy(this.http);
	}

	private LoopbackHttp.Response place(String key, String body) {
		return this.http.post("/api/v1/orders", body, "Idempotency-Key", key);
	}

}
