package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.example.shop.orders.api.CreateOrderRequest;
import com.example.shop.orders.api.OrderLineRequest;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.BusinessClock;
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

	/** numeric(19, 2) holds 17 integer digits; totals stay well below. */
	private static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999.99");

	public static final int MAX_STATS_DAYS = 366;

	private final OrderRepository orders;

	private final BusinessClock business;

	OrderService(OrderRepository orders, BusinessClock business) {
		this.orders = orders;
		this.business = business;
	}

	/**
	 * Places an order in status {@code PLACED}.
	 * @param placementId the placement id (idempotency key) the order keeps
	 * @param request the validated request
	 * @return the new order
	 * @throws DomainRefusal.Invalid for another currency, a repeated SKU or an absurd
	 * total
	 */
	@Transactional
	public SalesOrder place(String placementId, CreateOrderRequest request) {
		List<SalesOrder.Line> lines = linesOf(request.lines());
		BigDecimal total = lines.stream().map(SalesOrder.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(MAX_TOTAL) > 0) {
			throw new DomainRefusal.Invalid("lines", "the order total exceeds " + MAX_TOTAL.toPlainString());
		}
		Instant now = this.business.now();
		SalesOrder order = new SalesOrder(UUID.randomUUID(), this.orders.nextNumber(), placementId,
				request.customerId(), request.customerName().strip(), OrderStatus.PLACED, lines,
				this.business.currency(), total, null, now, now, 0);
		this.orders.insert(order);
		return order;
	}

	public Currency currency() {
		return this.business.currency();
	}

	@Transactional(readOnly = true)
	public SalesOrder get(UUID id) {
		return this.orders.findById(id).orElseThrow(() -> new DomainRefusal.NotFound("Order", id));
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
		return changed;
	}

	/**
	 * Counts and revenue over business days {@code from} to {@code to}, both inclusive;
	 * the last 30 days by default.
	 */
	@Transactional(readOnly = true)
	public Stats stats(LocalDate from, LocalDate to) {
		ZoneId zone = this.business.zone();
		LocalDate last = (to != null) ? to : this.business.today();
		LocalDate first = (from != null) ? from : last.minusDays(29);
		if (first.isAfter(last)) {
			throw new DomainRefusal.Invalid("from", "must not be after 'to'");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_STATS_DAYS) {
			throw new DomainRefusal.Invalid("to", "the range may span at most %d days".formatted(MAX_STATS_DAYS));
		}
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
		Map<OrderStatus, Long> counts = this.orders.countByStatus(start, end);
		Map<LocalDate, OrderRepository.DayTotal> byDay = this.orders.revenueByDay(start, end, zone);
		List<Stats.Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			OrderRepository.DayTotal total = byDay.getOrDefault(day, new OrderRepository.DayTotal(0, BigDecimal.ZERO));
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

	/** Dashboard figures; see {@link #stats}. */
	public record Stats(LocalDate from, LocalDate to, ZoneId zone, Map<OrderStatus, Long> countsByStatus,
			List<Day> days) {

		public record Day(LocalDate day, long orders, BigDecimal revenue) {
		}

	}

}
