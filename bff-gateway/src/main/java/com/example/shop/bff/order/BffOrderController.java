package com.example.shop.bff.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.example.shop.bff.InputRules;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.support.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/bff/v1/orders")
@Tag(name = "orders")
record BffOrderController(OrderDeskService desk, OrderDetailService details, PlaceOrderService placing,
		CancelOrderService cancelling) {

	@GetMapping
	@Operation(summary = "List orders",
			description = "The orders API's filters, search and paging, passed through. q finds an order by its "
					+ "number however typed (241, ord-241, ORD-000241), its number's start, or every word of its "
					+ "customer's name.")
	Mono<OrderPage> list(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = InputRules.NAME,
					message = InputRules.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 5) List<OrderStatus> status,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Size(max = 6) List<@Size(max = InputRules.MAX_SORT_LENGTH) String> sort) {
		return this.desk.orders(new OrderQuery(status, customerId, from, to, page, size, sort, q));
	}

	@GetMapping("/attention")
	@Operation(summary = "Orders needing attention (admin)",
			description = "Orders whose placement or cancellation saga is unfinished, oldest progress first; each "
					+ "order's saga lists its pending steps and whether a person must look at it.")
	Mono<OrderPage> attention(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.desk.needingAttention(page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Order detail",
			description = "The order with catalog data for its lines, its invoice and payments, and the customer. "
					+ "Parts whose backend could not answer are marked unavailable; pending saga steps are listed.")
	Mono<ResponseEntity<OrderDetail>> detail(@PathVariable UUID id) {
		return this.details.detail(id).map((detail) -> Etags.ok(detail.order().version(), detail));
	}

	@PostMapping
	@Operation(summary = "Place an order",
			description = "Reserve stock, check credit, create the order, confirm stock, issue the invoice. 201 when "
					+ "placed (with pending steps if a late step failed), 422 when refused (nothing kept), 503 when a "
					+ "backend could not answer: submitting again with the same placementId is always safe.")
	Mono<ResponseEntity<Placement>> place(@Valid @RequestBody PlaceOrder command) {
		return this.placing.place(command).map((placement) -> ResponseEntity.status(switch (placement) {
			case Placement.Placed placed -> HttpStatus.CREATED;
			case Placement.PlacedWithPendingSteps pending -> HttpStatus.CREATED;
			case Placement.Rejected rejected -> HttpStatus.UNPROCESSABLE_CONTENT;
			case Placement.NotPlaced notPlaced -> HttpStatus.SERVICE_UNAVAILABLE;
		}).body(placement));
	}

	@PostMapping("/{id}/{action:confirm|ship|deliver}")
	@Operation(summary = "Confirm, ship or deliver an order", description = "Needs If-Match with the order's ETag.")
	Mono<ResponseEntity<Order>> act(@PathVariable UUID id,
			@Parameter(
					schema = @Schema(allowableValues = { "confirm", "ship", "deliver" })) @PathVariable String action,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = Etags.requireVersion(ifMatch);
		return this.desk.act(id, OrderAction.valueOf(action.toUpperCase(Locale.ROOT)), version)
			.map((order) -> Etags.ok(order.version(), order));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an order",
			description = "Mark the order CANCELLING (blocks shipping), void the invoice, mark it CANCELLED, release "
					+ "the stock. Needs If-Match. 200 when cancelled (with pending steps if a late step failed; the "
					+ "reconciler finishes them), 409/412 when refused (shipped, changed, or the invoice has payments), "
					+ "503 when nothing could be done.")
	Mono<ResponseEntity<Cancellation>> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) CancelRequest request) {
		long version = Etags.requireVersion(ifMatch);
		return this.cancelling.cancel(id, version, (request != null) ? request.reason() : null)
			.map((outcome) -> ResponseEntity.status(switch (outcome) {
				case Cancellation.Cancelled cancelled -> HttpStatus.OK;
				case Cancellation.CancelledWithPendingSteps pending -> HttpStatus.OK;
				case Cancellation.Refused refused -> switch (refused.kind()) {
					case STALE -> HttpStatus.PRECONDITION_FAILED;
					case FORBIDDEN -> HttpStatus.FORBIDDEN;
					default -> HttpStatus.CONFLICT;
				};
				case Cancellation.NotCancelled notCancelled -> HttpStatus.SERVICE_UNAVAILABLE;
			}).body(outcome));
	}

	@PostMapping("/{id}/invoice")
	@Operation(summary = "Issue a pending invoice",
			description = "Finishes a placement whose invoice was not issued; returns the existing invoice if it was.")
	Mono<Invoice> issueInvoice(@PathVariable UUID id) {
		return this.placing.issueInvoice(id);
	}

	/**
	 * Why an order is cancelled, shown on the order.
	 *
	 * @param reason at most 500 characters, or {@code null}
	 */
	record CancelRequest(
			@Size(max = 500) @Pattern(regexp = InputRules.TEXT, message = InputRules.TEXT_MESSAGE) String reason) {
	}

}
