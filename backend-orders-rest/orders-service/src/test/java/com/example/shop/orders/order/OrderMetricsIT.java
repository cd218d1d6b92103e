package com.example.shop.orders.order;

import java.time.Duration;

import com.example.shop.testsupport.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders domain metrics as Prometheus scrapes them from the management port, after
 * real calls: placements counted once however often replayed, completed cancellations,
 * and the saga backlog gauges; plus every metric the dashboards and alert rules use.
 */
class OrderMetricsIT extends OrdersApiTest {

	@Value("${local.management.port}")
	int managementPort;

	@Test
	void aPlacementRetriedWithTheSameKeyCountsOnceAndACompletedCancellationCounts() {
		PrometheusScrape before = PrometheusScrape.from(this.managementPort);
		String order = body(CUSTOMER, line("SKU-0001", "1000", 1));

		String id = create("metrics-placement-1", order).json().path("id").asString();
		var replayed = create("metrics-placement-1", order);
		// Its idempotency record purged: the placement id on the order still finds it.
		this.jdbc.sql("delete from idempotency_record").update();
		var replayedAfterPurge = create("metrics-placement-1", order);
		create("metrics-placement-2", order);
		var refused = create("metrics-placement-1", body(CUSTOMER, line("SKU-0001", "1000", 2)));
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
		create("metrics-saga-1", order);
		this.clock.advance(Duration.ofMinutes(5));
		create("metrics-saga-2", order);
		// Past the gauges' cache, so this scrape reads the saga state afresh.
		this.clock.advance(OrderMetrics.BACKLOG_TTL.plusSeconds(1));

		PrometheusScrape scrape = PrometheusScrape.from(this.managementPort);

		assertThat(scrape.value("shop_orders_saga_pending")).isEqualTo(2);
		assertThat(scrape.value("shop_orders_saga_pending_oldest_seconds")).isEqualTo(311);
	}

	@Test
	void theManagementPortExportsEveryMetricTheDashboardsAndRulesUseAndThePublicPortNone() {
		create("metrics-names", body(CUSTOMER, line("SKU-0001", "1000", 1)));
		this.http.get("/api/v1/orders?size=5");

		PrometheusScrape scrape = PrometheusScrape.from(this.managementPort);

		scrape.assertExportsEverythingListedFor("orders");
		// The latency SLO's threshold, an exact bucket the alert rules read.
		assertThat(scrape.has("http_server_requests_seconds_bucket", "application", "orders", "le", "0.5")).isTrue();
		PrometheusScrape.assertNotServedBy(this.http);
	}

}
