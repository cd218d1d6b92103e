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
import jakarta.validation.constraints.Pattern;
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
import com.example.shop.orders.order.Saga;
import com.example.shop.orders.order.SalesOrder;
import com.example.shop.orders.api.SagaState;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.problem.HttpProblemException;
import org.springframework.http.HttpStatus;
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

	/** What an order number may look like in a lookup: letters, digits and dashes. */
	private static final String NUMBER_PATTERN = "[A-Za-z0-9-]{1,20}";

	private static final String PLACEMENT_ID = "The placement id; reuse it on every retry";

	private final OrderService orders;

	private final IdempotentCreate creates;

	OrderController(OrderService orders, IdempotentExecutor idempotent) {
		this.orders = orders;
		this.creates = new IdempotentCreate(idempotent);
	}

	@GetMapping("/lookup")
	@Operation(summary = "Get many orders by id or number",
			description = "Repeat id or number (ORD-000241, any case; ord-241 and 241 mean the same) for each order, at most 100 in all. The answer "
					+ "holds those asked by id first, then those asked by number, each in the order asked and once; "
					+ "unknown ids and numbers are left out.")
	List<Order> lookup(@RequestParam(name = "id", required = false) @Size(max = OrderService.MAX_LOOKUP) List<UUID> id,
			@RequestParam(name = "number", required = false) @Size(
					max = OrderService.MAX_LOOKUP) List<@Size(max = 20) @Pattern(regexp = NUMBER_PATTERN,
							message = "must be an order number such as ORD-000241") String> number) {
		return this.orders.lookup(id, number).stream().map(OrderController::toApi).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one order", description = "The ETag is the order's version; send it as If-Match.")
	ResponseEntity<Order> get(@PathVariable UUID id, WebRequest request) {
		return Etags.current(request, toApi(this.orders.get(id)), Order::version);
	}

	@GetMapping
	@Operation(summary = "List orders",
			description = "Filters combine with AND. Dates are business days (app.business-zone), both inclusive. "
					+ "q finds what a person typed (at most 100 characters): an order whose number starts with it "
					+ "(ORD-0002, any case), whose number it is however typed (241, ord-241 and ORD-000241 all find "
					+ "ORD-000241), or whose customer's name holds each of its words (any order, any case, anywhere "
					+ "in the name). size is 1..100; sort is field,asc|desc over placedAt, number, total, status, "
					+ "updatedAt, customerName.")
	OrderPage list(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = OrdersApi.NAME_PATTERN,
					message = OrdersApi.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 5) List<OrderStatus> status,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) @Size(max = 6) List<@Size(max = 40) String> sort) {
		PageParams paging = PageParams.of(page, size, sort, SORTABLE, NEWEST_FIRST);
		Page<SalesOrder> result = this.orders.list(new OrderFilter(status, customerId, from, to, q), paging);
		return new OrderPage(result.items().stream().map(OrderController::toApi).toList(), paging.page(), paging.size(),
				result.total());
	}

	@PostMapping
	@Operation(summary = "Place an order", description = IdempotentCreate.CONTRACT + " The placement is the "
			+ "customer and the units of each SKU: names and prices are snapshots, so a replay after the customer "
			+ "was renamed is the same placement. A replay answers the order as it is now (its saga may have moved "
			+ "on). The placement id stays unique on the order for good: replayed after its idempotency record was "
			+ "purged, it answers 200 with the order it created (or 422 for another customer or other lines). A "
			+ "placement the saga abandoned is 409 placement-abandoned.")
	ResponseEntity<Order> create(@Parameter(description = PLACEMENT_ID) @RequestHeader(name = OrdersApi.IDEMPOTENCY_KEY,
			required = false) String placementId, @Valid @RequestBody CreateOrderRequest request) {
		return this.creates.answer("orders.create", placementId, PlacementKey.of(request), Created.class, (key) -> {
			try {
				OrderService.Placed placed = this.orders.place(key, request);
				return new Created(placed.order().id(), placed.created());
			}
			catch (DomainRefusal.Conflict conflict) {
				if (conflict.problemType() == ProblemType.IDEMPOTENCY_KEY_REUSED) {
					throw new HttpProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.IDEMPOTENCY_KEY_REUSED,
							conflict.getMessage(), conflict.properties());
				}
				throw conflict;
			}
		}, (created) -> {
			SalesOrder now = this.orders.get(created.orderId());
			return new IdempotentCreate.Answer<>(created.created() ? HttpStatus.CREATED : HttpStatus.OK,
					URI.create(OrdersApi.BASE_PATH + "/" + now.id()), now.version(), toApi(now));
		});
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm a placed order")
	ResponseEntity<Order> confirm(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return transition(id, ifMatch, OrderStatus.CONFIRMED, null);
	}

	@PostMapping("/{id}/ship")
	@Operation(summary = "Ship a confirmed order")
	ResponseEntity<Order> ship(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return transition(id, ifMatch, OrderStatus.SHIPPED, null);
	}

	@PostMapping("/{id}/deliver")
	@Operation(summary = "Mark a shipped order delivered")
	ResponseEntity<Order> deliver(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return transition(id, ifMatch, OrderStatus.DELIVERED, null);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Start cancelling a placed or confirmed order",
			description = "Moves the order to CANCELLING, which blocks shipping. The cancellation saga then voids "
					+ "the invoice and finishes it (CANCELLED), or puts the order back where it was when the invoice "
					+ "has payments.")
	ResponseEntity<Order> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) CancelOrderRequest request) {
		String reason = (request != null) ? request.reason() : null;
		return transition(id, ifMatch, OrderStatus.CANCELLING, reason);
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

	/**
	 * Moves an order on at the version the caller read (If-Match) and answers its new
	 * state.
	 */
	private ResponseEntity<Order> transition(UUID id, String ifMatch, OrderStatus to, String reason) {
		return changed(this.orders.transition(id, Etags.requireVersion(ifMatch), to, reason));
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
				order.cancellationReason(), order.placedAt(), order.updatedAt(), order.version(), saga(order));
	}

	static SagaState saga(SalesOrder order) {
		Saga saga = order.saga();
		return new SagaState(saga.reservationId(), saga.stock(), saga.invoice(), saga.invoiceId(), order.pendingSteps(),
				saga.attention(), saga.attempts(), saga.leaseUntil(), saga.updatedAt());
	}

	/**
	 * What makes two creating requests the same placement: the customer and the units of
	 * each SKU (hashed to tell a replay from a reuse of the key).
	 *
	 * @param customerId the customer
	 * @param units the units of each SKU, by SKU
	 */
	record PlacementKey(UUID customerId, java.util.SortedMap<String, Integer> units) {

		static PlacementKey of(CreateOrderRequest request) {
			java.util.SortedMap<String, Integer> units = new java.util.TreeMap<>();
			request.lines().forEach((line) -> units.merge(line.sku(), line.quantity(), Integer::sum));
			return new PlacementKey(request.customerId(), units);
		}

	}

	/**
	 * What a creating request stored: the order, and whether it created it.
	 *
	 * @param orderId the order
	 * @param created whether the request created it (201) or found it (200)
	 */
	record Created(UUID orderId, boolean created) {
	}

	private static Money money(BigDecimal amount, String currency) {
		return new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
	}

}
