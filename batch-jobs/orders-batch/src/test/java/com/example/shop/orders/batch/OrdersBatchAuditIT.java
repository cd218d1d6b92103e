package com.example.shop.orders.batch;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.orders.order.OrderService;
import com.example.shop.support.audit.Actor;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders batch changes orders only through orders-core, which records an audit entry
 * for each change; in this application the entry names the batch
 * ({@code spring.application.name}), not a person. None of today's jobs changes an order
 * (the summary reads them, the purge deletes idempotency records), so this shows what the
 * first job that does will record.
 */
@OrdersBatchTest
class OrdersBatchAuditIT {

	@Autowired
	OrderService orders;

	@Autowired
	Actor actor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aChangeTheBatchMakesThroughTheCoreNamesTheBatchInTheAuditTrail() {
		this.clock.set(TestClockConfiguration.START);
		UUID id = new OrdersFixture(this.jdbc).order(LocalDate.of(2026, 11, 19), 9, "PLACED", "1000.00",
				Map.of("SKU-0001", 2));
		this.clock.advance(Duration.ofMinutes(3));

		var confirmed = this.orders.transition(id, 0, OrderStatus.CONFIRMED, null);
		var trail = this.orders.trail(id, OrderService.DEFAULT_TRAIL_SIZE);

		assertThat(this.actor.name()).isEqualTo("orders-batch");
		assertThat(trail).hasSize(1);
		assertThat(trail.getFirst().actor()).isEqualTo("orders-batch");
		assertThat(trail.getFirst().action()).isEqualTo("CONFIRMED");
		assertThat(trail.getFirst().detail()).isEqualTo("PLACED → CONFIRMED");
		assertThat(trail.getFirst().at()).isEqualTo(confirmed.updatedAt())
			.isEqualTo(TestClockConfiguration.START.plus(Duration.ofMinutes(3)));
	}

}
