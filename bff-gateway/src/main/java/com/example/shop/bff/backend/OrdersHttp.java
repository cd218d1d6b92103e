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
import com.example.shop.orders.api.PlacementFence;
import com.example.shop.orders.api.SagaLeaseRequest;
import com.example.shop.orders.api.SagaLeases;
import com.example.shop.orders.api.SagaProgress;
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
@HttpExchange
interface OrdersHttp {

	@GetExchange(OrdersApi.BASE_PATH + "/{id}")
	Mono<Order> get(@PathVariable UUID id);

	@GetExchange(OrdersApi.BASE_PATH + "/lookup")
	Mono<List<Order>> lookup(@RequestParam(name = "id", required = false) List<UUID> ids,
			@RequestParam(name = "number", required = false) List<String> numbers);

	@GetExchange(OrdersApi.BASE_PATH)
	Mono<OrderPage> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<OrderStatus> status, @RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam int page, @RequestParam int size, @RequestParam(required = false) List<String> sort);

	@GetExchange(OrdersApi.BASE_PATH + "/stats")
	Mono<OrderStats> stats(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to);

	@PostExchange(OrdersApi.BASE_PATH)
	Mono<Order> create(@RequestHeader(OrdersApi.IDEMPOTENCY_KEY) String placementId,
			@RequestBody CreateOrderRequest request);

	@PostExchange(OrdersApi.BASE_PATH + "/{id}/confirm")
	Mono<Order> confirm(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch);

	@PostExchange(OrdersApi.BASE_PATH + "/{id}/ship")
	Mono<Order> ship(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch);

	@PostExchange(OrdersApi.BASE_PATH + "/{id}/deliver")
	Mono<Order> deliver(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch);

	@PostExchange(OrdersApi.BASE_PATH + "/{id}/cancel")
	Mono<Order> cancel(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
			@RequestBody CancelOrderRequest body);

	@PostExchange(OrdersApi.SAGA_PATH + "/orders/{id}/progress")
	Mono<Order> progress(@PathVariable UUID id, @RequestBody SagaProgress progress);

	@PostExchange(OrdersApi.SAGA_PATH + "/leases")
	Mono<SagaLeases> leases(@RequestBody SagaLeaseRequest request);

	@PostExchange(OrdersApi.SAGA_PATH + "/orders/{id}/cancellation/complete")
	Mono<Order> completeCancellation(@PathVariable UUID id);

	@PostExchange(OrdersApi.SAGA_PATH + "/orders/{id}/cancellation/revert")
	Mono<Order> revertCancellation(@PathVariable UUID id);

	@PostExchange(OrdersApi.SAGA_PATH + "/placements/{placementId}/abandon")
	Mono<PlacementFence> abandon(@PathVariable String placementId);

	@GetExchange(OrdersApi.SAGA_PATH + "/orders")
	Mono<OrderPage> unfinished(@RequestParam int page, @RequestParam int size);

	@GetExchange(OrdersApi.BASE_PATH + "/{id}/audit")
	Mono<com.example.shop.orders.api.AuditTrail> audit(@PathVariable UUID id, @RequestParam int size);

}
