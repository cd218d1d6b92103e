package com.example.shop.bff.order;

import java.time.LocalDate;
import java.util.UUID;

import com.example.shop.bff.Roles;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Order lists and the lifecycle actions that touch orders only. */
@Service
public class OrderDeskService {

	private final OrdersBackend orders;

	OrderDeskService(OrdersBackend orders) {
		this.orders = orders;
	}

	@PreAuthorize(Roles.ANY)
	public Mono<OrderPage> orders(OrderQuery query) {
		return this.orders.list(query);
	}

	/**
	 * Order figures over business days: how many orders placed in the range are in each
	 * status now (what the order list's status filter shows beside each status), and the
	 * revenue per day.
	 * @param from the first business day
	 * @param to the last business day; at most 366 days after {@code from} (orders
	 * refuses more)
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<OrderStats> stats(LocalDate from, LocalDate to) {
		return this.orders.stats(from, to);
	}

	/**
	 * Orders whose placement or cancellation is unfinished, oldest first: what an admin
	 * looks at when the reconciler cannot finish something (its pending steps say who).
	 */
	@PreAuthorize(Roles.ONLY_ADMIN)
	public Mono<OrderPage> needingAttention(int page, int size) {
		return this.orders.unfinishedSagas(page, size);
	}

	/**
	 * Confirms, ships or delivers an order based on the version the user saw; cancelling
	 * goes through {@link CancelOrderService}, since it also touches billing and catalog.
	 */
	@PreAuthorize(Roles.SALES_OR_ADMIN)
	public Mono<Order> act(UUID orderId, OrderAction action, long version) {
		if (action == OrderAction.CANCEL) {
			return Mono.error(new IllegalArgumentException("Cancel through CancelOrderService"));
		}
		return this.orders.act(orderId, action, version, null);
	}

}
