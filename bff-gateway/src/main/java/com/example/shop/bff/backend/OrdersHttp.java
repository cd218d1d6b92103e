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
import com.example.shop.orders.api.OrdersApi;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The orders REST API as the BFF calls it, over the records of {@code orders-api}. One
 * method per endpoint, so {@code HttpClientsMatchTheContractsTests} can check each
 * against the committed OpenAPI document.
 */
@HttpExchange(OrdersApi.BASE_PATH)
interface OrdersHttp {

	@GetExchange("/{id}")
	Mono<Order> get(@PathVariable UUID id);

	@GetExchange
	Mono<OrderPage> list(@RequestParam(required = false) List<OrderStatus> status,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam int page, @RequestParam int size, @RequestParam(required = false) List<String> sort);

	@GetExchange("/stats")
	Mono<OrderStats> stats(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to);

	@PostExchange
	Mono<Order> create(@RequestHeader(OrdersApi.IDEMPOTENCY_KEY) String placementId,
			@RequestBody CreateOrderRequest request);

	@PostExchange("/{id}/confirm")
	Mono<Order> confirm(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch);

	@PostExchange("/{id}/ship")
	Mono<Order> ship(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch);

	@PostExchange("/{id}/deliver")
	Mono<Order> deliver(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch);

	@PostExchange("/{id}/cancel")
	Mono<Order> cancel(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
			@RequestBody CancelOrderRequest body);

}
