package com.example.shop.bff.backend;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import com.example.shop.orders.api.CancelOrderRequest;
import com.example.shop.orders.api.CreateOrderRequest;
import com.example.shop.orders.api.OrderLineRequest;
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
			.read((timeout) -> this.http.list(statuses, query.customerId(), query.from(), query.to(), query.page(),
					query.size(), query.sort()))
			.map((page) -> new OrderPage(page.items().stream().map(OrdersRestBackend::order).toList(), page.page(),
					page.size(), page.total()));
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

	static Order order(com.example.shop.orders.api.Order o) {
		List<OrderAction> allowed = (o.allowedActions() != null) ? Enums.same(o.allowedActions(), OrderAction.class)
				: List.of();
		return new Order(o.id(), o.number(), o.placementId(), o.customerId(), o.customerName(),
				Enums.same(o.status(), OrderStatus.class), allowed,
				o.lines().stream().map(OrdersRestBackend::line).toList(), money(o.total()), o.cancellationReason(),
				o.placedAt(), o.updatedAt(), o.version());
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
