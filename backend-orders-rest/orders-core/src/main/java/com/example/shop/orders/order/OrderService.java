package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.example.shop.orders.api.CreateOrderRequest;
import com.example.shop.orders.api.OrderLineRequest;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.problems.ProblemType;
import com.example.shop.orders.sales.SalesFigures;
import com.example.shop.orders.sales.SalesSummaries;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.audit.TrailSize;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders domain: placing orders, moving them through their lifecycle, and what
 * dashboards count.
 */
@Service
public class OrderService {

	/** How many orders one lookup may name, ids and numbers together. */
	public static final int MAX_LOOKUP = 100;

	/** numeric(19, 2) holds 17 integer digits; totals stay well below. */
	private static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999.99");

	public static final int MAX_STATS_DAYS = 366;

	/** How many audit entries a trail shows unless asked for fewer or more. */
	public static final int DEFAULT_TRAIL_SIZE = 50;

	/** The most audit entries one request reads. */
	public static final int MAX_TRAIL_SIZE = 100;

	private static final TrailSize TRAIL_SIZE = new TrailSize(DEFAULT_TRAIL_SIZE, MAX_TRAIL_SIZE);

	private final OrderRepository orders;

	private final BusinessClock business;

	private final SalesSummaries summaries;

	private final SalesFigures figures;

	private final OrderAudit audit;

	private final Actor actor;

	private final OrderMetrics metrics;

	OrderService(OrderRepository orders, BusinessClock business, SalesSummaries summaries, SalesFigures figures,
			OrderAudit audit, Actor actor, OrderMetrics metrics) {
		this.metrics = metrics;
		this.orders = orders;
		this.business = business;
		this.summaries = summaries;
		this.figures = figures;
		this.audit = audit;
		this.actor = actor;
	}

	/**
	 * Places an order in status {@code PLACED}, its saga started (stock reserved under
	 * the placement id, not yet confirmed; invoice not yet issued). The placement id
	 * stays unique on the order for good, so a placement replayed after its idempotency
	 * record was purged finds its order instead of creating another.
	 * @param placementId the placement id (idempotency key) the order keeps
	 * @param request the validated request
	 * @return the new order, or the one this placement created before
	 * @throws DomainRefusal.Invalid for another currency, a repeated SKU or an absurd
	 * total
	 * @throws DomainRefusal.Conflict if the placement was abandoned (its reservation
	 * released)
	 * @throws DomainRefusal.Conflict of type {@code IDEMPOTENCY_KEY_REUSED} if the
	 * placement created an order for another customer or other lines
	 */
	@Transactional
	public Placed place(String placementId, CreateOrderRequest request) {
		if (this.orders.isAbandoned(placementId)) {
			throw new DomainRefusal.Conflict(ProblemType.PLACEMENT_ABANDONED,
					"Placement %s was abandoned and its stock released; start a new order".formatted(placementId),
					Map.of("placementId", placementId));
		}
		var existing = this.orders.findByPlacement(placementId);
		if (existing.isPresent()) {
			if (!samePlacement(existing.get(), request)) {
				throw reused(existing.get());
			}
			return new Placed(existing.get(), false);
		}
		List<SalesOrder.Line> lines = linesOf(request.lines());
		BigDecimal total = lines.stream().map(SalesOrder.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(MAX_TOTAL) > 0) {
			throw new DomainRefusal.Invalid("lines", "the order total exceeds " + MAX_TOTAL.toPlainString());
		}
		Instant now = this.business.now();
		SalesOrder order = new SalesOrder(UUID.randomUUID(), this.orders.nextNumber(), placementId,
				request.customerId(), request.customerName().strip(), OrderStatus.PLACED, lines,
				this.business.currency(), total, null, now, now, 0, Saga.started(placementId, now));
		this.orders.insert(order);
		this.audit.placed(order, this.actor.name());
		this.metrics.placed();
		return new Placed(order, true);
	}

	/**
	 * Whether a request asks for the order a placement created: the same customer and the
	 * same units of the same SKUs. Names and prices are snapshots that may read
	 * differently on a retry (a customer renamed meanwhile); they are not the placement.
	 */
	static boolean samePlacement(SalesOrder order, CreateOrderRequest request) {
		Map<String, Integer> ordered = new java.util.HashMap<>();
		order.lines().forEach((line) -> ordered.put(line.sku(), line.quantity()));
		Map<String, Integer> asked = new java.util.HashMap<>();
		request.lines().forEach((line) -> asked.merge(line.sku(), line.quantity(), Integer::sum));
		return order.customerId().equals(request.customerId()) && ordered.equals(asked);
	}

	public Currency currency() {
		return this.business.currency();
	}

	@Transactional(readOnly = true)
	public SalesOrder get(UUID id) {
		return this.orders.findById(id).orElseThrow(() -> new DomainRefusal.NotFound("Order", id));
	}

	/**
	 * Many orders at once, by id or by number: what a list of invoices needs to show each
	 * invoice's order, and what a search by order number finds.
	 * @param ids orders by id
	 * @param numbers orders by number ({@code ORD-000241}, or loosely typed:
	 * {@code ord-241}, {@code 241})
	 * @return the orders found, those asked by id first, each in the order asked and
	 * once; unknown ids and numbers are left out
	 * @throws DomainRefusal.Invalid for nothing asked, or more than {@link #MAX_LOOKUP}
	 * ids and numbers together
	 */
	@Transactional(readOnly = true)
	public List<SalesOrder> lookup(List<UUID> ids, List<String> numbers) {
		List<UUID> byId = (ids != null) ? ids.stream().filter(java.util.Objects::nonNull).distinct().toList()
				: List.of();
		List<String> byNumber = (numbers != null) ? numbers.stream()
			.filter(java.util.Objects::nonNull)
			.map(this.orders::number)
			.filter((n) -> !n.isEmpty())
			.distinct()
			.toList() : List.of();
		if (byId.isEmpty() && byNumber.isEmpty()) {
			throw new DomainRefusal.Invalid("id", "name at least one order id or number");
		}
		if (byId.size() + byNumber.size() > MAX_LOOKUP) {
			throw new DomainRefusal.Invalid("id", "at most %d ids and numbers at once".formatted(MAX_LOOKUP));
		}
		Map<UUID, SalesOrder> found = new java.util.LinkedHashMap<>();
		this.orders.findAll(byId).forEach((order) -> found.putIfAbsent(order.id(), order));
		this.orders.findAllByNumber(byNumber).forEach((order) -> found.putIfAbsent(order.id(), order));
		return List.copyOf(found.values());
	}

	@Transactional(readOnly = true)
	public Page<SalesOrder> list(OrderFilter filter, PageParams paging) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new DomainRefusal.Invalid("from", "must not be after 'to'");
		}
		return this.orders.find(filter, this.business.zone(), paging);
	}

	/**
	 * Moves an order along its lifecycle, if nobody changed it since
	 * {@code basedOnVersion}.
	 * @throws DomainRefusal.NotFound if there is no such order
	 * @throws DomainRefusal.StaleVersion if the order is no longer at
	 * {@code basedOnVersion}
	 * @throws DomainRefusal.Conflict if the lifecycle does not allow the move
	 */
	@Transactional
	public SalesOrder transition(UUID id, long basedOnVersion, OrderStatus target, String reason) {
		SalesOrder current = get(id);
		if (current.version() != basedOnVersion) {
			throw new DomainRefusal.StaleVersion("Order", id, basedOnVersion, current.version());
		}
		SalesOrder changed = current.transitionTo(target, (reason != null) ? reason.strip() : null,
				this.business.now());
		if (!this.orders.updateStatus(changed, basedOnVersion)) {
			long now = get(id).version();
			throw new DomainRefusal.StaleVersion("Order", id, basedOnVersion, now);
		}
		this.audit.moved(current.status(), changed, this.actor.name());
		return changed;
	}

	/**
	 * An order's audit trail: its most recent {@code size} changes, newest first, each
	 * with who made it and when.
	 * @param size how many entries, 1 to {@value #MAX_TRAIL_SIZE}
	 * @throws DomainRefusal.Invalid if {@code size} is out of range
	 * @throws DomainRefusal.NotFound if there is no such order
	 */
	@Transactional(readOnly = true)
	public List<OrderAudit.Entry> trail(UUID id, int size) {
		TRAIL_SIZE.checked(size);
		if (!this.orders.exists(id)) {
			throw new DomainRefusal.NotFound("Order", id);
		}
		return this.audit.newestFirst(id, size);
	}

	/**
	 * Counts and revenue over business days {@code from} to {@code to}, both inclusive;
	 * the last 30 days by default. Closed days (before today) come from the daily sales
	 * summary where it has them; today and closed days it has not summarised yet are
	 * computed live by the same calculation ({@link SalesFigures}). A summary lags the
	 * orders until the next daily-sales-summary run: an order that changes after its day
	 * was summarised shows its new status from then on.
	 */
	@Transactional(readOnly = true)
	public Stats stats(LocalDate from, LocalDate to) {
		ZoneId zone = this.business.zone();
		LocalDate today = this.business.today();
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.minusDays(29);
		if (first.isAfter(last)) {
			throw new DomainRefusal.Invalid("from", "must not be after 'to'");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_STATS_DAYS) {
			throw new DomainRefusal.Invalid("to", "the range may span at most %d days".formatted(MAX_STATS_DAYS));
		}
		LocalDate lastClosed = last.isBefore(today) ? last : today.minusDays(1);
		Map<LocalDate, SalesSummaries.Stored> summarised = first.isAfter(lastClosed) ? Map.of()
				: this.summaries.stored(first, lastClosed);
		Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, 0L);
		}
		Map<LocalDate, SalesFigures.DayTotal> byDay = new HashMap<>();
		summarised.forEach((day, stored) -> {
			stored.countsByStatus().forEach((status, n) -> counts.merge(status, n, Long::sum));
			byDay.put(day, new SalesFigures.DayTotal(stored.revenueOrders(), stored.revenue()));
		});
		// Live: every run of consecutive days without a summary, with one query each.
		LocalDate runStart = null;
		for (LocalDate day = first; !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
			boolean live = !day.isAfter(last) && !summarised.containsKey(day);
			if (live && runStart == null) {
				runStart = day;
			}
			else if (!live && runStart != null) {
				Instant start = runStart.atStartOfDay(zone).toInstant();
				Instant end = day.atStartOfDay(zone).toInstant();
				this.figures.countByStatus(start, end).forEach((status, n) -> counts.merge(status, n, Long::sum));
				byDay.putAll(this.figures.revenueByDay(start, end, zone));
				runStart = null;
			}
		}
		List<Stats.Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			SalesFigures.DayTotal total = byDay.getOrDefault(day, new SalesFigures.DayTotal(0, BigDecimal.ZERO));
			days.add(new Stats.Day(day, total.orders(), total.revenue().setScale(2, RoundingMode.UNNECESSARY)));
		}
		return new Stats(first, last, zone, counts, days);
	}

	private List<SalesOrder.Line> linesOf(List<OrderLineRequest> requested) {
		List<FieldViolation> violations = new ArrayList<>();
		Set<String> skus = new HashSet<>();
		List<SalesOrder.Line> lines = new ArrayList<>();
		String currency = this.business.currency().getCurrencyCode();
		for (int i = 0; i < requested.size(); i++) {
			OrderLineRequest line = requested.get(i);
			if (!currency.equals(line.unitPrice().currency())) {
				violations.add(new FieldViolation("lines[%d].unitPrice.currency".formatted(i),
						"must be %s, the business currency".formatted(currency)));
			}
			if (!skus.add(line.sku())) {
				violations.add(new FieldViolation("lines[%d].sku".formatted(i),
						"appears on an earlier line; put the whole quantity on one line"));
			}
			BigDecimal unitPrice = new BigDecimal(line.unitPrice().amount()).setScale(2, RoundingMode.UNNECESSARY);
			lines.add(new SalesOrder.Line(i + 1, line.sku(), line.productName().strip(), unitPrice, line.quantity()));
		}
		if (!violations.isEmpty()) {
			throw new DomainRefusal.Invalid(violations);
		}
		return lines;
	}

	/**
	 * An order placed now, or found placed before by the same placement.
	 *
	 * @param order the order
	 * @param created whether this call created it
	 */
	public record Placed(SalesOrder order, boolean created) {
	}

	/**
	 * A placement id replayed for another customer or other lines than the order it
	 * created: refused, nothing changes.
	 */
	private static DomainRefusal.Conflict reused(SalesOrder existing) {
		return new DomainRefusal.Conflict(ProblemType.IDEMPOTENCY_KEY_REUSED,
				"Placement %s already created order %s for another customer or other lines"
					.formatted(existing.placementId(), existing.number()),
				Map.of("orderId", existing.id().toString(), "orderNumber", existing.number()));
	}

	/** Dashboard figures; see {@link #stats}. */
	public record Stats(LocalDate from, LocalDate to, ZoneId zone, Map<OrderStatus, Long> countsByStatus,
			List<Day> days) {

		public record Day(LocalDate day, long orders, BigDecimal revenue) {
		}

	}

}
