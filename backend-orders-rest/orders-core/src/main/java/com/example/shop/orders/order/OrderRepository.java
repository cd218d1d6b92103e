package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.orders.api.SagaState;
import com.example.shop.support.data.NumberSequence;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.data.PersonSearch;
import com.example.shop.support.data.SqlTable;
import com.example.shop.support.data.Where;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.example.shop.support.data.SqlTable.utc;

/** Orders and their lines in PostgreSQL, with plain SQL: what runs is what you read. */
@Repository
class OrderRepository {

	private final JdbcClient jdbc;

	private final SqlTable orders;

	private final SqlTable orderLines;

	private final NumberSequence numbers;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.orders = new SqlTable(jdbc, "orders", """
				id, number, placement_id, customer_id, customer_name, status, currency, total_amount,
				cancellation_reason, placed_at, updated_at, version, reservation_id, stock_step, invoice_step,
				invoice_id, cancel_from, attention, saga_attempts, saga_updated_at, saga_lease_owner,
				saga_lease_until""");
		this.orderLines = new SqlTable(jdbc, "order_line",
				"order_id, line_no, sku, product_name, unit_price, quantity");
		this.numbers = new NumberSequence(jdbc, "order_number_seq", "ORD-%06d");
	}

	String nextNumber() {
		return this.numbers.next();
	}

	/**
	 * An order number as orders writes it, from one typed loosely ({@code ord-241} is
	 * {@code ORD-000241}); text that is no order number comes back stripped and in
	 * capitals, to find nothing.
	 */
	String number(String typed) {
		String number = this.numbers.read(typed);
		return (number != null) ? number : typed.strip().toUpperCase(java.util.Locale.ROOT);
	}

	void insert(SalesOrder order) {
		this.orders.insert()
			.set("id", order.id())
			.set("number", order.number())
			.set("placement_id", order.placementId())
			.set("customer_id", order.customerId())
			.set("customer_name", order.customerName())
			.set("status", order.status().name())
			.set("currency", order.currency().getCurrencyCode())
			.set("total_amount", order.total())
			.set("cancellation_reason", order.cancellationReason())
			.set("placed_at", utc(order.placedAt()))
			.set("updated_at", utc(order.updatedAt()))
			.set("version", order.version())
			.set("reservation_id", order.saga().reservationId())
			.set("stock_step", order.saga().stock().name())
			.set("invoice_step", order.saga().invoice().name())
			.set("invoice_id", order.saga().invoiceId())
			.set("cancel_from", null)
			.set("attention", order.saga().attention())
			.set("saga_pending", !order.pendingSteps().isEmpty())
			.set("saga_attempts", order.saga().attempts())
			.set("saga_updated_at", utc(order.saga().updatedAt()))
			.execute();
		for (SalesOrder.Line line : order.lines()) {
			this.orderLines.insert()
				.set("order_id", order.id())
				.set("line_no", line.lineNo())
				.set("sku", line.sku())
				.set("product_name", line.productName())
				.set("unit_price", line.unitPrice())
				.set("quantity", line.quantity())
				.set("line_total", line.lineTotal())
				.execute();
		}
	}

	/**
	 * Writes a new status if, and only if, the stored version is still the one the change
	 * was based on.
	 * @return whether the row was updated (false: someone else changed it first)
	 */
	boolean updateStatus(SalesOrder changed, long basedOnVersion) {
		return this.orders.update(changed.id(), basedOnVersion, changed.version())
			.set("status", changed.status().name())
			.set("cancellation_reason", changed.cancellationReason())
			.set("updated_at", utc(changed.updatedAt()))
			.set("invoice_step", changed.saga().invoice().name())
			.set("cancel_from", (changed.saga().cancelFrom() != null) ? changed.saga().cancelFrom().name() : null)
			.set("saga_pending", !changed.pendingSteps().isEmpty())
			.set("saga_updated_at", utc(changed.saga().updatedAt()))
			.execute();
	}

	/**
	 * Writes an order's saga progress (not part of its version). Callers hold the row
	 * lock ({@link #lockById}).
	 */
	void updateSaga(SalesOrder order) {
		Saga saga = order.saga();
		this.jdbc.sql("""
				update orders set reservation_id = :reservationId, stock_step = :stock, invoice_step = :invoice,
				    invoice_id = :invoiceId, attention = :attention, saga_pending = :pending,
				    saga_updated_at = :updatedAt, saga_lease_owner = :leaseOwner, saga_lease_until = :leaseUntil
				where id = :id""")
			.param("reservationId", saga.reservationId())
			.param("stock", saga.stock().name())
			.param("invoice", saga.invoice().name())
			.param("invoiceId", saga.invoiceId())
			.param("attention", saga.attention())
			.param("pending", !order.pendingSteps().isEmpty())
			.param("updatedAt", utc(saga.updatedAt()))
			.param("leaseOwner", saga.leaseOwner())
			.param("leaseUntil", (saga.leaseUntil() != null) ? utc(saga.leaseUntil()) : null)
			.param("id", order.id())
			.update();
	}

	/** The order, its row locked until the transaction ends. */
	Optional<SalesOrder> lockById(UUID id) {
		return this.jdbc.sql(this.orders.select() + " where id = :id for update")
			.param("id", id)
			.query(this::header)
			.optional()
			.map((header) -> header.withLines(linesOf(List.of(id)).getOrDefault(id, List.of())));
	}

	/** The order created for a placement id, or holding it as its reservation. */
	Optional<SalesOrder> findByPlacement(String placementId) {
		return this.jdbc.sql(this.orders.select() + " where placement_id = :id or reservation_id = :id")
			.param("id", placementId)
			.query(this::header)
			.list()
			.stream()
			.findFirst()
			.map((header) -> header.withLines(linesOf(List.of(header.id())).getOrDefault(header.id(), List.of())));
	}

	/**
	 * Claims up to {@code limit} orders whose saga is unfinished, whose lease (or
	 * back-off) is over and whose progress is older than {@code progressBefore}: rows
	 * another reconciler is claiming right now are skipped, never waited for.
	 * @return the claimed orders' ids, oldest progress first
	 */
	List<UUID> claimLeases(String owner, int limit, Instant now, Instant until, Instant progressBefore) {
		return this.jdbc.sql("""
				update orders set saga_lease_owner = :owner, saga_lease_until = :until,
				    saga_attempts = saga_attempts + 1
				where id in (
				    select id from orders
				    where saga_pending and (saga_lease_until is null or saga_lease_until <= :now)
				      and saga_updated_at <= :progressBefore
				    order by saga_updated_at
				    limit :limit
				    for update skip locked)
				returning id, saga_updated_at""")
			.param("owner", owner)
			.param("until", utc(until))
			.param("now", utc(now))
			.param("progressBefore", utc(progressBefore))
			.param("limit", limit)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), SqlTable.instant(rs, "saga_updated_at")))
			.list()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The orders with these ids, in this order. */
	List<SalesOrder> findAll(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, SalesOrder> found = new LinkedHashMap<>();
		Map<UUID, List<SalesOrder.Line>> lines = linesOf(ids);
		this.jdbc.sql(this.orders.select() + " where id in (:ids)")
			.param("ids", ids)
			.query(this::header)
			.list()
			.forEach((h) -> found.put(h.id(), h.withLines(lines.getOrDefault(h.id(), List.of()))));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The orders with these numbers, in this order (a unique index finds each). */
	List<SalesOrder> findAllByNumber(List<String> numbers) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		Map<String, UUID> ids = new LinkedHashMap<>();
		this.jdbc.sql("select id, number from orders where number in (:numbers)")
			.param("numbers", numbers)
			.query((rs, row) -> ids.put(rs.getString("number"), rs.getObject("id", UUID.class)))
			.list();
		return findAll(numbers.stream().map(ids::get).filter(java.util.Objects::nonNull).toList());
	}

	/**
	 * Orders whose saga is unfinished: those a person must look at first, then oldest
	 * first.
	 */
	Page<SalesOrder> unfinished(PageParams paging) {
		Where where = new Where().and("saga_pending = :pending", "pending", true);
		return this.orders.page(where, paging, this::header).mapItems((headers) -> {
			Map<UUID, List<SalesOrder.Line>> lines = linesOf(headers.stream().map(Header::id).toList());
			return headers.stream().map((h) -> h.withLines(lines.getOrDefault(h.id(), List.of()))).toList();
		});
	}

	/**
	 * How many orders have saga steps left, and since when the oldest sits in its status:
	 * one read over the partial index {@code orders_saga_pending_idx} (only pending
	 * rows).
	 */
	OrderMetrics.SagaBacklog sagaBacklog() {
		return this.jdbc.sql("select count(*), min(updated_at) from orders where saga_pending").query((rs, row) -> {
			java.time.OffsetDateTime oldest = rs.getObject(2, java.time.OffsetDateTime.class);
			return new OrderMetrics.SagaBacklog(rs.getLong(1), (oldest != null) ? oldest.toInstant() : null);
		}).single();
	}

	boolean isAbandoned(String placementId) {
		return this.jdbc.sql("select count(*) from abandoned_placement where placement_id = :id")
			.param("id", placementId)
			.query(Long.class)
			.single() > 0;
	}

	void abandon(String placementId, Instant at) {
		this.jdbc.sql("""
				insert into abandoned_placement (placement_id, abandoned_at) values (:id, :at)
				on conflict (placement_id) do nothing""").param("id", placementId).param("at", utc(at)).update();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("select exists (select 1 from orders where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	Optional<SalesOrder> findById(UUID id) {
		return this.orders.findBy("id", id, this::header)
			.map((header) -> header.withLines(linesOf(List.of(id)).getOrDefault(id, List.of())));
	}

	Page<SalesOrder> find(OrderFilter filter, ZoneId zone, PageParams paging) {
		return this.orders.page(where(filter, zone), paging, this::header).mapItems((headers) -> {
			Map<UUID, List<SalesOrder.Line>> lines = linesOf(headers.stream().map(Header::id).toList());
			return headers.stream().map((h) -> h.withLines(lines.getOrDefault(h.id(), List.of()))).toList();
		});
	}

	private Map<UUID, List<SalesOrder.Line>> linesOf(List<UUID> orderIds) {
		if (orderIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<SalesOrder.Line>> lines = new LinkedHashMap<>();
		this.jdbc.sql(this.orderLines.select() + " where order_id in (:ids) order by order_id, line_no")
			.param("ids", orderIds)
			.query((rs, row) -> lines.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
				.add(new SalesOrder.Line(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
						rs.getInt(6))))
			.list();
		return lines;
	}

	private Where where(OrderFilter filter, ZoneId zone) {
		Where where = new Where();
		if (filter.search() != null) {
			PersonSearch.and(where, filter.search(), this.numbers, "number", "(%s)", "customer_name");
		}
		if (!filter.statuses().isEmpty()) {
			where.and("status in (:statuses)", "statuses", Where.names(filter.statuses()));
		}
		if (filter.customerId() != null) {
			where.and("customer_id = :customerId", "customerId", filter.customerId());
		}
		if (filter.from() != null) {
			where.and("placed_at >= :from", "from", utc(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.and("placed_at < :to", "to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return where;
	}

	private Header header(ResultSet rs, int row) throws SQLException {
		String cancelFrom = rs.getString("cancel_from");
		// An order the previous version inserted during a rollout has neither
		// (V3__saga.sql).
		String reservationId = rs.getString("reservation_id");
		Saga saga = new Saga((reservationId != null) ? reservationId : rs.getString("placement_id"),
				SagaState.StockState.valueOf(rs.getString("stock_step")),
				SagaState.InvoiceState.valueOf(rs.getString("invoice_step")), rs.getObject("invoice_id", UUID.class),
				(cancelFrom != null) ? OrderStatus.valueOf(cancelFrom) : null, rs.getString("attention"),
				rs.getInt("saga_attempts"),
				SqlTable.instant(rs, (rs.getObject("saga_updated_at") != null) ? "saga_updated_at" : "updated_at"),
				rs.getString("saga_lease_owner"),
				(rs.getObject("saga_lease_until") != null) ? SqlTable.instant(rs, "saga_lease_until") : null);
		return new Header(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("placement_id"),
				rs.getObject("customer_id", UUID.class), rs.getString("customer_name"),
				OrderStatus.valueOf(rs.getString("status")), Currency.getInstance(rs.getString("currency")),
				rs.getBigDecimal("total_amount"), rs.getString("cancellation_reason"),
				SqlTable.instant(rs, "placed_at"), SqlTable.instant(rs, "updated_at"), rs.getLong("version"), saga);
	}

	private record Header(UUID id, String number, String placementId, UUID customerId, String customerName,
			OrderStatus status, Currency currency, BigDecimal total, String reason, Instant placedAt, Instant updatedAt,
			long version, Saga saga) {

		SalesOrder withLines(List<SalesOrder.Line> lines) {
			return new SalesOrder(this.id, this.number, this.placementId, this.customerId, this.customerName,
					this.status, lines, this.currency, this.total, this.reason, this.placedAt, this.updatedAt,
					this.version, this.saga);
		}

	}

}
