package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import com.example.shop.orders.api.OrderAction;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.domain.DomainRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SalesOrderTests {

	private static final Instant PLACED_AT = Instant.parse("2026-11-20T01:00:00Z");

	@ParameterizedTest(name = "{0} -> {1} is allowed: {2}")
	@CsvSource({ "PLACED, CONFIRMED, true", "PLACED, CANCELLING, true", "PLACED, CANCELLED, false",
			"PLACED, SHIPPED, false", "PLACED, DELIVERED, false", "PLACED, PLACED, false", "CONFIRMED, SHIPPED, true",
			"CONFIRMED, CANCELLING, true", "CONFIRMED, CANCELLED, false", "CONFIRMED, DELIVERED, false",
			"CONFIRMED, PLACED, false", "CONFIRMED, CONFIRMED, false", "SHIPPED, DELIVERED, true",
			"SHIPPED, CANCELLING, false", "SHIPPED, CONFIRMED, false", "SHIPPED, PLACED, false",
			"DELIVERED, CANCELLING, false", "DELIVERED, SHIPPED, false", "DELIVERED, PLACED, false",
			"CANCELLING, SHIPPED, false", "CANCELLING, CANCELLED, false", "CANCELLING, PLACED, false",
			"CANCELLING, CONFIRMED, false", "CANCELLED, PLACED, false", "CANCELLED, CONFIRMED, false",
			"CANCELLED, SHIPPED, false", "CANCELLED, DELIVERED, false" })
	void everyTransitionIsAllowedOnlyAlongTheLifecycle(OrderStatus from, OrderStatus to, boolean allowed) {
		SalesOrder order = order(from);
		Instant later = PLACED_AT.plusSeconds(60);
		if (allowed) {
			SalesOrder next = order.transitionTo(to, "reason", later);
			assertThat(next.status()).isEqualTo(to);
			assertThat(next.version()).isEqualTo(order.version() + 1);
			assertThat(next.updatedAt()).isEqualTo(later);
			assertThat(next.placedAt()).isEqualTo(PLACED_AT);
		}
		else {
			assertThatExceptionOfType(DomainRefusal.Conflict.class)
				.isThrownBy(() -> order.transitionTo(to, null, later))
				.satisfies((ex) -> assertThat(ex.properties()).containsEntry("currentStatus", from.name())
					.containsEntry("requestedStatus", to.name()));
		}
	}

	@ParameterizedTest(name = "{0} allows {1}")
	@CsvSource({ "PLACED, CONFIRM CANCEL", "CONFIRMED, SHIP CANCEL", "SHIPPED, DELIVER", "DELIVERED, ''",
			"CANCELLING, ''", "CANCELLED, ''" })
	void theAllowedActionsAreExactlyTheMovesTheLifecycleAllows(OrderStatus status, String actions) {
		SalesOrder order = order(status);

		assertThat(order.allowedActions()).extracting(Enum::name)
			.containsExactly(actions.isEmpty() ? new String[0] : actions.split(" "));
		for (OrderAction action : order.allowedActions()) {
			assertThat(order.transitionTo(Lifecycle.targetOf(action), null, PLACED_AT).status())
				.isEqualTo(Lifecycle.targetOf(action));
		}
	}

	@Test
	void onlyACancellationKeepsAReason() {
		SalesOrder placed = order(OrderStatus.PLACED);

		SalesOrder cancelling = placed.transitionTo(OrderStatus.CANCELLING, "customer changed mind", PLACED_AT);
		assertThat(cancelling.cancellationReason()).isEqualTo("customer changed mind");
		assertThat(cancelling.cancellationTo(OrderStatus.CANCELLED, PLACED_AT).cancellationReason())
			.isEqualTo("customer changed mind");
		assertThat(placed.transitionTo(OrderStatus.CONFIRMED, "ignored", PLACED_AT).cancellationReason()).isNull();
	}

	@ParameterizedTest(name = "a cancellation started from {0} goes back there")
	@CsvSource({ "PLACED", "CONFIRMED" })
	void aCancellationThatCannotVoidTheInvoiceGoesBackWhereItStarted(OrderStatus from) {
		SalesOrder cancelling = order(from).transitionTo(OrderStatus.CANCELLING, "changed mind", PLACED_AT);

		SalesOrder back = cancelling.cancellationTo(cancelling.saga().cancelFrom(), PLACED_AT);

		assertThat(cancelling.allowedActions()).as("CANCELLING blocks shipping and every other action").isEmpty();
		assertThat(back.status()).isEqualTo(from);
		assertThat(back.cancellationReason()).isNull();
		assertThat(back.saga().cancelFrom()).isNull();
		assertThatExceptionOfType(DomainRefusal.Conflict.class)
			.isThrownBy(() -> order(from).cancellationTo(OrderStatus.CANCELLED, PLACED_AT));
	}

	@ParameterizedTest(name = "{0} with stock {1} and invoice {2} waits for {3}")
	@CsvSource({ "PLACED, PENDING, PENDING, CONFIRM_STOCK ISSUE_INVOICE",
			"CONFIRMED, CONFIRMED, PENDING, ISSUE_INVOICE", "SHIPPED, PENDING, ISSUED, CONFIRM_STOCK",
			"DELIVERED, CONFIRMED, ISSUED, ''",
			"CANCELLING, CONFIRMED, ISSUED, VOID_INVOICE CANCEL_ORDER RELEASE_STOCK",
			"CANCELLING, PENDING, VOIDED, CANCEL_ORDER RELEASE_STOCK", "CANCELLED, CONFIRMED, VOIDED, RELEASE_STOCK",
			"CANCELLED, RELEASED, VOIDED, ''" })
	void thePendingStepsFollowFromTheStatusAndTheStepsDone(OrderStatus status,
			com.example.shop.orders.api.SagaState.StockState stock,
			com.example.shop.orders.api.SagaState.InvoiceState invoice, String steps) {
		Saga saga = new Saga("placement-1", stock, invoice, null, null, null, 0, PLACED_AT, null, null);

		assertThat(saga.pending(status)).extracting(Enum::name)
			.containsExactly(steps.isEmpty() ? new String[0] : steps.split(" "));
	}

	@Test
	void aLineTotalIsExactUnitPriceTimesQuantity() {
		SalesOrder.Line line = new SalesOrder.Line(1, "SKU-1", "Pen", new BigDecimal("0.10"), 3);

		assertThat(line.lineTotal()).isEqualByComparingTo("0.30");
	}

	private static SalesOrder order(OrderStatus status) {
		return new SalesOrder(UUID.randomUUID(), "ORD-000001", "placement-1", UUID.randomUUID(), "Customer", status,
				List.of(new SalesOrder.Line(1, "SKU-1", "Pen", new BigDecimal("1000.00"), 2)),
				Currency.getInstance("KRW"), new BigDecimal("2000.00"), null, PLACED_AT, PLACED_AT, 3,
				Saga.started("placement-1", PLACED_AT));
	}

}
