package com.example.shop.bff.backend;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Money;
import com.example.shop.bff.order.NewOrder;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderAction;
import com.example.shop.bff.order.OrderLine;
import com.example.shop.bff.order.OrderPage;
import com.example.shop.bff.order.OrderQuery;
import com.example.shop.bff.order.OrderStats;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.bff.order.OrdersBackend;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.PlacementFence;
import com.example.shop.bff.order.SagaState;
import com.example.shop.bff.order.SagaStepsDone;
import com.example.shop.orders.api.CancelOrderRequest;
import com.example.shop.orders.api.CreateOrderRequest;
import com.example.shop.orders.api.OrderLineRequest;
import com.example.shop.orders.api.SagaLeaseRequest;
import com.example.shop.orders.api.SagaProgress;
import reactor.core.publisher.Mono;

/**
 * The orders service over REST: every call through {@link BackendCalls}, every answer
 * mapped from {@code orders-api}'s records into the BFF's own at once, so nothing of the
 * wire format travels further.
 */
record OrdersRestBackend(OrdersHttp http, BackendCalls calls) implements OrdersBackend {

	@Override
	public Mono<Order> get(UUID id) {
		return this.calls.read((timeout) -> this.http.get(id)).map(OrdersRestBackend::order);
	}

	@Override
	public Mono<OrderPage> list(OrderQuery query) {
		List<com.example.shop.orders.api.OrderStatus> statuses = Enums.same(query.statuses(),
				com.example.shop.orders.api.OrderStatus.class);
		return this.calls
			.read((timeout) -> this.http.list(query.search(), statuses, query.customerId(), query.from(), query.to(),
					query.page(), query.size(), query.sort()))
			.map(OrdersRestBackend::page);
	}

	@Override
	public Mono<OrderStats> stats(LocalDate from, LocalDate to) {
		return this.calls.read((timeout) -> this.http.stats(from, to)).map(OrdersRestBackend::stats);
	}

	@Override
	public Mono<Order> create(String placementId, NewOrder order) {
		CreateOrderRequest request = new CreateOrderRequest(order.customerId(), order.customerName(),
				order.lines()
					.stream()
					.map((l) -> new OrderLineRequest(l.sku(), l.productName(), wire(l.unitPrice()), l.quantity()))
					.toList());
		return this.calls.idempotentWrite((timeout) -> this.http.create(placementId, request))
			.map(OrdersRestBackend::order);
	}

	@Override
	public Mono<Order> act(UUID id, OrderAction action, long version, String reason) {
		String ifMatch = "\"" + version + "\"";
		return this.calls.write((timeout) -> switch (action) {
			case CONFIRM -> this.http.confirm(id, ifMatch);
			case SHIP -> this.http.ship(id, ifMatch);
			case DELIVER -> this.http.deliver(id, ifMatch);
			case CANCEL -> this.http.cancel(id, ifMatch, new CancelOrderRequest(reason));
		}).map(OrdersRestBackend::order);
	}

	@Override
	public Mono<Order> recordSteps(UUID id, SagaStepsDone done) {
		SagaProgress progress = new SagaProgress(done.stockConfirmed() ? Boolean.TRUE : null,
				done.stockReleased() ? Boolean.TRUE : null, done.reservationId(), done.invoiceId(), done.attention(),
				done.leaseOwner(), (done.retryAfter() != null) ? (int) done.retryAfter().toSeconds() : null);
		return this.calls.idempotentWrite((timeout) -> this.http.progress(id, progress)).map(OrdersRestBackend::order);
	}

	@Override
	public Mono<List<Order>> claimSagas(String owner, int limit, Duration lease, Duration grace) {
		SagaLeaseRequest request = new SagaLeaseRequest(owner, limit, (int) Math.max(1, lease.toSeconds()),
				(int) grace.toSeconds());
		// Not retried: a lost answer leaves the orders leased to nobody who knows it,
		// until
		// the lease ends.
		return this.calls.write((timeout) -> this.http.leases(request))
			.map((leases) -> leases.orders().stream().map(OrdersRestBackend::order).toList());
	}

	@Override
	public Mono<Order> completeCancellation(UUID id) {
		return this.calls.idempotentWrite((timeout) -> this.http.completeCancellation(id))
			.map(OrdersRestBackend::order);
	}

	@Override
	public Mono<Order> revertCancellation(UUID id) {
		return this.calls.idempotentWrite((timeout) -> this.http.revertCancellation(id)).map(OrdersRestBackend::order);
	}

	@Override
	public Mono<PlacementFence> abandonPlacement(String placementId) {
		return this.calls.idempotentWrite((timeout) -> this.http.abandon(placementId))
			.map((fence) -> new PlacementFence(fence.placementId(), fence.abandoned(), fence.orderId()));
	}

	@Override
	public Mono<OrderPage> unfinishedSagas(int page, int size) {
		return this.calls.read((timeout) -> this.http.unfinished(page, size)).map(OrdersRestBackend::page);
	}

	@Override
	public Mono<AuditTrail> audit(UUID id, int size) {
		return this.calls.read((timeout) -> this.http.audit(id, size))
			.map((trail) -> new AuditTrail(trail.items()
				.stream()
				.map((e) -> new AuditTrail.Entry(e.at(), e.actor(), e.action(), e.detail(),
						(e.changes() != null) ? e.changes()
							.stream()
							.map((c) -> AuditTrail.Change.of(c.field(), c.kind(), c.before(), c.after(), c.currency(),
									c.unit(), AuditTrail.Kind.ORDER_STATUS))
							.toList() : null))
				.toList()));
	}

	private static OrderPage page(com.example.shop.orders.api.OrderPage p) {
		return new OrderPage(p.items().stream().map(OrdersRestBackend::order).toList(), p.page(), p.size(), p.total());
	}

	static Order order(com.example.shop.orders.api.Order o) {
		List<OrderAction> allowed = (o.allowedActions() != null) ? Enums.same(o.allowedActions(), OrderAction.class)
				: List.of();
		return new Order(o.id(), o.number(), o.placementId(), o.customerId(), o.customerName(),
				Enums.same(o.status(), OrderStatus.class), allowed,
				o.lines().stream().map(OrdersRestBackend::line).toList(), money(o.total()), o.cancellationReason(),
				o.placedAt(), o.updatedAt(), o.version(), saga(o.saga()));
	}

	private static SagaState saga(com.example.shop.orders.api.SagaState s) {
		if (s == null) {
			return null;
		}
		return new SagaState(s.reservationId(), Enums.same(s.stock(), SagaState.Stock.class),
				Enums.same(s.invoice(), SagaState.Invoice.class), s.invoiceId(),
				(s.pendingSteps() != null) ? Enums.same(s.pendingSteps(), PendingStep.Step.class) : List.of(),
				s.attention(), s.attempts(), s.nextAttemptAt(), s.updatedAt());
	}

	private static OrderLine line(com.example.shop.orders.api.OrderLine l) {
		return new OrderLine(l.lineNo(), l.sku(), l.productName(), money(l.unitPrice()), l.quantity(),
				money(l.lineTotal()));
	}

	private static OrderStats stats(com.example.shop.orders.api.OrderStats s) {
		Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
		s.countsByStatus().forEach((status, count) -> counts.put(Enums.same(status, OrderStatus.class), count));
		return new OrderStats(s.from(), s.to(), s.businessZone(), counts,
				s.revenuePerDay()
					.stream()
					.map((d) -> new OrderStats.DailyRevenue(d.day(), d.orders(), money(d.revenue())))
					.toList(),
				money(s.totalRevenue()));
	}

	private static Money money(com.example.shop.orders.api.Money m) {
		return new Money(m.amount(), m.currency());
	}

	private static com.example.shop.orders.api.Money wire(Money m) {
		return new com.example.shop.orders.api.Money(m.amount(), m.currency());
	}

}
