package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an audit entry says: its action for each move, and a detail a person reads. */
class OrderAuditTests {

	private static final Instant AT = Instant.parse("2026-11-20T01:00:00Z");

	@ParameterizedTest(name = "{0} -> {1} records {2}")
	@CsvSource({ "PLACED, CONFIRMED, CONFIRMED", "CONFIRMED, SHIPPED, SHIPPED", "SHIPPED, DELIVERED, DELIVERED",
			"PLACED, CANCELLING, CANCELLATION_REQUESTED", "CONFIRMED, CANCELLING, CANCELLATION_REQUESTED",
			"CANCELLING, CANCELLED, CANCELLED", "CANCELLING, PLACED, CANCELLATION_REVERTED",
			"CANCELLING, CONFIRMED, CANCELLATION_REVERTED" })
	void everyMoveTheLifecycleAllowsRecordsItsOwnAction(OrderStatus from, OrderStatus to, String action) {
		assertThat(OrderAudit.Action.of(from, to).name()).isEqualTo(action);
	}

	@Test
	void placingSaysHowManyLinesAndTheTotal() {
		assertThat(OrderAudit.placedDetail(order(OrderStatus.PLACED, null, 2))).isEqualTo("2 lines, total 59.98 KRW");
		assertThat(OrderAudit.placedDetail(order(OrderStatus.PLACED, null, 1))).isEqualTo("1 line, total 59.97 KRW");
	}

	@Test
	void aMoveSaysFromWhereToWhereWithTheReasonOfACancellationOrWhyItWentBack() {
		assertThat(OrderAudit.moveDetail(OrderStatus.PLACED, order(OrderStatus.CONFIRMED, null, 1)))
			.isEqualTo("PLACED → CONFIRMED");
		assertThat(OrderAudit.moveDetail(OrderStatus.CONFIRMED, order(OrderStatus.CANCELLING, "customer asked", 1)))
			.isEqualTo("CONFIRMED → CANCELLING, reason: customer asked");
		assertThat(OrderAudit.moveDetail(OrderStatus.CANCELLING, order(OrderStatus.CANCELLED, "customer asked", 1)))
			.isEqualTo("CANCELLING → CANCELLED, reason: customer asked");
		assertThat(OrderAudit.moveDetail(OrderStatus.PLACED, order(OrderStatus.CANCELLING, null, 1)))
			.isEqualTo("PLACED → CANCELLING");
		assertThat(OrderAudit.moveDetail(OrderStatus.CANCELLING, order(OrderStatus.CONFIRMED, null, 1)))
			.isEqualTo("CANCELLING → CONFIRMED, its invoice could not be voided");
	}

	private static SalesOrder order(OrderStatus status, String reason, int lines) {
		List<SalesOrder.Line> all = List.of(new SalesOrder.Line(1, "SKU-0001", "Pen", new BigDecimal("19.99"), 3),
				new SalesOrder.Line(2, "SKU-0002", "Clip", new BigDecimal("0.01"), 1));
		List<SalesOrder.Line> chosen = all.subList(0, lines);
		BigDecimal total = chosen.stream().map(SalesOrder.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new SalesOrder(UUID.randomUUID(), "ORD-000001", "placement-1", UUID.randomUUID(), "Hanbit Foods", status,
				chosen, Currency.getInstance("KRW"), total, reason, AT, AT, 1, Saga.started("placement-1", AT));
	}

}
