package com.example.shop.orders.web;

import java.net.URI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.example.shop.orders.api.CancelOrderRequest;
import com.example.shop.orders.api.CreateOrderRequest;
import com.example.shop.orders.api.Money;
import com.example.shop.orders.api.Order;
import com.example.shop.orders.api.OrderLine;
import com.example.shop.orders.api.OrderPage;
import com.example.shop.orders.api.OrderStats;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.orders.api.OrdersApi;
import com.example.shop.orders.order.OrderFilter;
import com.example.shop.orders.order.OrderService;
import com.example.shop.orders.order.SalesOrder;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.idempotency.IdempotentCreate;
import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.web.Etags;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(OrdersApi.BASE_PATH)
@Tag(name = "orders")
class OrderController {

	private static final Map<String, String> SORTABLE = Map.of("placedAt", "placed_at", "number", "number", "total",
			"total_amount", "status", "status", "updatedAt", "updated_at", "customerName", "customer_name");

	private static final PageParams.SortOrder NEWEST_FIRST = new PageParams.SortOrder("placed_at", true);

	private static final String PLACEMENT_ID = "The placement id; reuse it on every retry";

	private final OrderService orders;

	private final IdempotentCreate creates;

	OrderController(OrderService orders, IdempotentExecutor idempotent) {
		this.orders = orders;
		this.creates = new IdempotentCreate(idempotent);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one order", description = "The ETag is the order's version; send it as If-Match.")
	ResponseEntity<Order> get(@PathVariable UUID id, WebRequest request) {
		return Etags.current(request, toApi(this.orders.get(id)), Order::version);
	}

	@GetMapping
	@Operation(summary = "List orders",
			description = "Filters combine with AND. Dates are business days (app.business-zone), both inclusive. "
					+ "size is 1..100; sort is field,asc|desc over placedAt, number, total, status, updatedAt, "
					+ "customerName.")
	OrderPage list(@RequestParam(required = false) @Size(max = 5) List<OrderStatus> status,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) @Size(max = 6) List<@Size(max = 40) String> sort) {
		PageParams paging = PageParams.of(page, size, sort, SORTABLE, NEWEST_FIRST);
		Page<SalesOrder> result = this.orders.list(new OrderFilter(status, customerId, from, to), paging);
		return new OrderPage(result.items().stream().map(OrderController::toApi).toList(), paging.page(), paging.size(),
				result.total());
	}

	@PostMapping
	@Operation(summary = "Place an order", description = IdempotentCreate.CONTRACT)
	ResponseEntity<Order> create(@Parameter(description = PLACEMENT_ID) @RequestHeader(name = OrdersApi.IDEMPOTENCY_KEY,
			required = false) String placementId, @Valid @RequestBody CreateOrderRequest request) {
		return this.creates.created("orders.create", placementId, request, Order.class,
				(key) -> toApi(this.orders.place(key, request)),
				(order) -> URI.create(OrdersApi.BASE_PATH + "/" + order.id()), Order::version);
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm a placed order")
	ResponseEntity<Order> confirm(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return changed(this.orders.transition(id, Etags.requireVersion(ifMatch), OrderStatus.CONFIRMED, null));
	}

	@PostMapping("/{id}/ship")
	@Operation(summary = "Ship a confirmed order")
	ResponseEntity<Order> ship(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return changed(this.orders.transition(id, Etags.requireVersion(ifMatch), OrderStatus.SHIPPED, null));
	}

	@PostMapping("/{id}/deliver")
	@Operation(summary = "Mark a shipped order delivered")
	ResponseEntity<Order> deliver(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return changed(this.orders.transition(id, Etags.requireVersion(ifMatch), OrderStatus.DELIVERED, null));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a placed or confirmed order")
	ResponseEntity<Order> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) CancelOrderRequest request) {
		String reason = (request != null) ? request.reason() : null;
		return changed(this.orders.transition(id, Etags.requireVersion(ifMatch), OrderStatus.CANCELLED, reason));
	}

	@GetMapping("/stats")
	@Operation(summary = "Dashboard figures",
			description = "Orders placed per status and revenue per business day over from..to (inclusive, at most "
					+ "366 days; the last 30 days by default). Cancelled orders bring no revenue. Closed days (before "
					+ "today) come from the daily sales summary, which the daily-sales-summary batch writes after each "
					+ "day closes: an order changed after its day was summarised shows its new status once the next "
					+ "run has summarised that day again (so, by default, within a day). Today, and a closed day "
					+ "without a summary yet, are computed live.")
	OrderStats stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		OrderService.Stats stats = this.orders.stats(from, to);
		String currency = this.orders.currency().getCurrencyCode();
		BigDecimal total = stats.days()
			.stream()
			.map(OrderService.Stats.Day::revenue)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new OrderStats(stats.from(), stats.to(), stats.zone().getId(), stats.countsByStatus(),
				stats.days()
					.stream()
					.map((d) -> new OrderStats.DailyRevenue(d.day(), d.orders(), money(d.revenue(), currency)))
					.toList(),
				money(total, currency));
	}

	private static ResponseEntity<Order> changed(SalesOrder order) {
		return Etags.ok(order.version(), toApi(order));
	}

	static Order toApi(SalesOrder order) {
		String currency = order.currency().getCurrencyCode();
		List<OrderLine> lines = order.lines()
			.stream()
			.map((l) -> new OrderLine(l.lineNo(), l.sku(), l.productName(), money(l.unitPrice(), currency),
					l.quantity(), money(l.lineTotal(), currency)))
			.toList();
		return new Order(order.id(), order.number(), order.placementId(), order.customerId(), order.customerName(),
				order.status(), order.allowedActions(), lines, money(order.total(), currency),
				order.cancellationReason(), order.placedAt(), order.updatedAt(), order.version());
	}

	private static Money money(BigDecimal amount, String currency) {
		return new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
	}

}
