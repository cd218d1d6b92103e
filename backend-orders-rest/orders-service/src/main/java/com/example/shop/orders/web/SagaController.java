package com.example.shop.orders.web;

import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.example.shop.orders.api.Order;
import com.example.shop.orders.api.OrderPage;
import com.example.shop.orders.api.OrdersApi;
import com.example.shop.orders.api.PlacementFence;
import com.example.shop.orders.api.SagaLeaseRequest;
import com.example.shop.orders.api.SagaLeases;
import com.example.shop.orders.api.SagaProgress;
import com.example.shop.orders.order.OrderSagaService;
import com.example.shop.orders.order.SalesOrder;
import com.example.shop.support.data.Page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The placement and cancellation saga's operations on orders, for the BFF and its
 * reconciler only (docs/security.md: saga steps). None of them takes {@code If-Match}:
 * saga progress only moves forward, so a repeat or a late call changes nothing.
 */
@RestController
@RequestMapping(OrdersApi.SAGA_PATH)
@Tag(name = "saga")
record SagaController(OrderSagaService saga) {

	@PostMapping("/orders/{id}/progress")
	@Operation(summary = "Record saga steps done for an order",
			description = "Idempotent and monotone: a step recorded twice or late changes nothing. Ends the "
					+ "reporting reconciler's lease; with retryAfterSeconds, an order with steps still pending is "
					+ "taken up again after that long.")
	Order progress(@PathVariable UUID id, @Valid @RequestBody SagaProgress progress) {
		return OrderController
			.toApi(this.saga.record(id, new OrderSagaService.Progress(Boolean.TRUE.equals(progress.stockConfirmed()),
					Boolean.TRUE.equals(progress.stockReleased()), progress.reservationId(), progress.invoiceId(),
					progress.attention(), progress.leaseOwner(),
					(progress.retryAfterSeconds() != null) ? Duration.ofSeconds(progress.retryAfterSeconds()) : null)));
	}

	@PostMapping("/leases")
	@Operation(summary = "Claim orders whose saga is unfinished",
			description = "Up to limit orders with pending steps whose lease is free and whose progress is older "
					+ "than graceSeconds, each leased to owner for leaseSeconds (FOR UPDATE SKIP LOCKED: concurrent "
					+ "reconcilers never claim the same order).")
	SagaLeases leases(@Valid @RequestBody SagaLeaseRequest request) {
		return new SagaLeases(this.saga
			.claim(request.owner(), request.limit(), Duration.ofSeconds(request.leaseSeconds()),
					Duration.ofSeconds(request.graceSeconds()))
			.stream()
			.map(OrderController::toApi)
			.toList());
	}

	@PostMapping("/orders/{id}/cancellation/complete")
	@Operation(summary = "Finish a cancellation once the invoice is void",
			description = "CANCELLING to CANCELLED; idempotent. 409 unless the order is CANCELLING or CANCELLED.")
	Order completeCancellation(@PathVariable UUID id) {
		return OrderController.toApi(this.saga.completeCancellation(id));
	}

	@PostMapping("/orders/{id}/cancellation/revert")
	@Operation(summary = "Put back an order whose invoice cannot be voided",
			description = "CANCELLING back to the status the cancellation started from; idempotent. 409 once "
					+ "CANCELLED.")
	Order revertCancellation(@PathVariable UUID id) {
		return OrderController.toApi(this.saga.revertCancellation(id));
	}

	@PostMapping("/placements/{placementId}/abandon")
	@Operation(summary = "Abandon a placement that never created its order",
			description = "Either an order holds the placement (or reservation) id and nothing changes, or no order "
					+ "can ever be created for it from now on (creating one is 409 placement-abandoned), so its "
					+ "reservation may be released. Idempotent.")
	PlacementFence abandon(@PathVariable String placementId) {
		OrderSagaService.Fence fence = this.saga.abandon(placementId);
		return new PlacementFence(fence.placementId(), fence.abandoned(), fence.orderId());
	}

	@GetMapping("/orders")
	@Operation(summary = "Orders whose saga is unfinished",
			description = "Oldest progress first; size is 1..100. What an admin looks at when something is stuck.")
	OrderPage unfinished(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : 20;
		Page<SalesOrder> result = this.saga.unfinished(p, s);
		return new OrderPage(result.items().stream().map(OrderController::toApi).toList(), p, s, result.total());
	}

}
