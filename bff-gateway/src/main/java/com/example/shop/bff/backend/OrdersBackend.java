package com.example.shop.bff.backend;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.example.shop.orders.api.CancelOrderRequest;
import com.example.shop.orders.api.CreateOrderRequest;
import com.example.shop.orders.api.Order;
import com.example.shop.orders.api.OrderPage;
import com.example.shop.orders.api.OrderStats;
import com.example.shop.orders.api.OrderStatus;
import reactor.core.publisher.Mono;

/**
 * The orders backend, every call budgeted, guarded by its circuit breaker and classified.
 */
public class OrdersBackend {

	public static final String NAME = "orders";

	private final OrdersHttp http;

	private final BackendCalls calls;

	OrdersBackend(OrdersHttp http, BackendCalls calls) {
		this.http = http;
		this.calls = calls;
	}

	public Mono<Order> get(UUID id) {
		return this.calls.read((timeout) -> this.http.get(id));
	}

	public Mono<OrderPage> list(OrderQuery query) {
		return this.calls.read((timeout) -> this.http.list(query.statuses(), query.customerId(), query.from(),
				query.to(), query.page(), query.size(), query.sort()));
	}

	public Mono<OrderStats> stats(LocalDate from, LocalDate to) {
		return this.calls.read((timeout) -> this.http.stats(from, to));
	}

	/** Places an order; repeatable because the placement id is the idempotency key. */
	public Mono<Order> create(String placementId, CreateOrderRequest request) {
		return this.calls.idempotentWrite((timeout) -> this.http.create(placementId, request));
	}

	/**
	 * A lifecycle action based on the version the user saw. Never retried: after a lost
	 * answer a retry would be a 412 that hides the success.
	 */
	public Mono<Order> act(UUID id, OrderAction action, long version, String reason) {
		CancelOrderRequest body = (action == OrderAction.CANCEL) ? new CancelOrderRequest(reason) : null;
		return this.calls.write((timeout) -> this.http.act(id, action.path(), "\"" + version + "\"", body));
	}

	/**
	 * A lifecycle action on an order.
	 */
	public enum OrderAction {

		CONFIRM("confirm"), SHIP("ship"), DELIVER("deliver"), CANCEL("cancel");

		private final String path;

		OrderAction(String path) {
			this.path = path;
		}

		String path() {
			return this.path;
		}

	}

	/**
	 * Filters and paging of an order list, as the orders API takes them.
	 *
	 * @param statuses any of these, or all when empty
	 * @param customerId one customer's orders, or {@code null}
	 * @param from first business day, or {@code null}
	 * @param to last business day, or {@code null}
	 * @param page 0-based page
	 * @param size page size, 1..100
	 * @param sort {@code field,asc|desc} values
	 */
	public record OrderQuery(List<OrderStatus> statuses, UUID customerId, LocalDate from, LocalDate to, int page,
			int size, List<String> sort) {

		public OrderQuery {
			statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
			sort = (sort != null) ? List.copyOf(sort) : List.of();
		}

	}

}
