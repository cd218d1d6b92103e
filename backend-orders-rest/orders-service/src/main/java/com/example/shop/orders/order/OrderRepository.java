package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.web.PageParams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders and their lines in PostgreSQL, with plain SQL: what runs is what you read. */
@Repository
class OrderRepository {

	private static final String COLUMNS = """
			id, number, placement_id, customer_id, customer_name, status, currency, total_amount,
			cancellation_reason, placed_at, updated_at, version""";

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextNumber() {
		long next = this.jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
		return "ORD-%06d".formatted(next);
	}

	void insert(SalesOrder order) {
		this.jdbc.sql("""
				insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
				    total_amount, cancellation_reason, placed_at, updated_at, version)
				values (:id, :number, :placementId, :customerId, :customerName, :status, :currency,
				    :total, :reason, :placedAt, :updatedAt, :version)""")
			.param("id", order.id())
			.param("number", order.number())
			.param("placementId", order.placementId())
			.param("customerId", order.customerId())
			.param("customerName", order.customerName())
			.param("status", order.status().name())
			.param("currency", order.currency().getCurrencyCode())
			.param("total", order.total())
			.param("reason", order.cancellationReason())
			.param("placedAt", utc(order.placedAt()))
			.param("updatedAt", utc(order.updatedAt()))
			.param("version", order.version())
			.update();
		for (SalesOrder.Line line : order.lines()) {
			this.jdbc.sql("""
					insert into order_line (order_id, line_no, sku, product_name, unit_price, quantity, line_total)
					values (:orderId, :lineNo, :sku, :productName, :unitPrice, :quantity, :lineTotal)""")
				.param("orderId", order.id())
				.param("lineNo", line.lineNo())
				.param("sku", line.sku())
				.param("productName", line.productName())
				.param("unitPrice", line.unitPrice())
				.param("quantity", line.quantity())
				.param("lineTotal", line.lineTotal())
				.update();
		}
	}

	/**
	 * Writes a new status if, and only if, the stored version is still the one the change
	 * was based on.
	 * @return whether the row was updated (false: someone else changed it first)
	 */
	boolean updateStatus(SalesOrder changed, long basedOnVersion) {
		int rows = this.jdbc.sql("""
				update orders set status = :status, cancellation_reason = :reason, updated_at = :updatedAt,
				    version = :version
				where id = :id and version = :basedOn""")
			.param("status", changed.status().name())
			.param("reason", changed.cancellationReason())
			.param("updatedAt", utc(changed.updatedAt()))
			.param("version", changed.version())
			.param("id", changed.id())
			.param("basedOn", basedOnVersion)
			.update();
		return rows == 1;
	}

	Optional<SalesOrder> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from orders where id = :id")
			.param("id", id)
			.query(this::header)
			.optional()
			.map((header) -> header.withLines(linesOf(List.of(id)).getOrDefault(id, List.of())));
	}

	List<SalesOrder> find(OrderFilter filter, java.time.ZoneId zone, PageParams paging) {
		Where where = where(filter, zone);
		String orderBy = paging.sort().stream().map(PageParams.SortOrder::sql).collect(Collectors.joining(", "));
		var statement = this.jdbc.sql("select " + COLUMNS + " from orders" + where.sql() + " order by " + orderBy
				+ ", id limit :limit offset :offset");
		where.params().forEach(statement::param);
		List<Header> headers = statement.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(this::header)
			.list();
		Map<UUID, List<SalesOrder.Line>> lines = linesOf(headers.stream().map(Header::id).toList());
		return headers.stream().map((h) -> h.withLines(lines.getOrDefault(h.id(), List.of()))).toList();
	}

	long count(OrderFilter filter, java.time.ZoneId zone) {
		Where where = where(filter, zone);
		var statement = this.jdbc.sql("select count(*) from orders" + where.sql());
		where.params().forEach(statement::param);
		return statement.query(Long.class).single();
	}

	Map<OrderStatus, Long> countByStatus(Instant start, Instant end) {
		Map<OrderStatus, Long> counts = new LinkedHashMap<>();
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("""
				select status, count(*) from orders
				where placed_at >= :start and placed_at < :end
				group by status""")
			.param("start", utc(start))
			.param("end", utc(end))
			.query((rs, row) -> counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	Map<LocalDate, DayTotal> revenueByDay(Instant start, Instant end, java.time.ZoneId zone) {
		Map<LocalDate, DayTotal> days = new LinkedHashMap<>();
		this.jdbc.sql("""
				select (placed_at at time zone :zone)::date as day, count(*), sum(total_amount)
				from orders
				where status <> 'CANCELLED' and placed_at >= :start and placed_at < :end
				group by day""")
			.param("zone", zone.getId())
			.param("start", utc(start))
			.param("end", utc(end))
			.query((rs, row) -> days.put(rs.getObject(1, LocalDate.class),
					new DayTotal(rs.getLong(2), rs.getBigDecimal(3))))
			.list();
		return days;
	}

	private Map<UUID, List<SalesOrder.Line>> linesOf(List<UUID> orderIds) {
		if (orderIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<SalesOrder.Line>> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				select order_id, line_no, sku, product_name, unit_price, quantity from order_line
				where order_id in (:ids) order by order_id, line_no""")
			.param("ids", orderIds)
			.query((rs, row) -> lines.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
				.add(new SalesOrder.Line(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
						rs.getInt(6))))
			.list();
		return lines;
	}

	private Where where(OrderFilter filter, java.time.ZoneId zone) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!filter.statuses().isEmpty()) {
			conditions.add("status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.customerId() != null) {
			conditions.add("customer_id = :customerId");
			params.put("customerId", filter.customerId());
		}
		if (filter.from() != null) {
			conditions.add("placed_at >= :from");
			params.put("from", utc(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("placed_at < :to");
			params.put("to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return new Where(sql, params);
	}

	private Header header(ResultSet rs, int row) throws SQLException {
		return new Header(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("placement_id"),
				rs.getObject("customer_id", UUID.class), rs.getString("customer_name"),
				OrderStatus.valueOf(rs.getString("status")), Currency.getInstance(rs.getString("currency")),
				rs.getBigDecimal("total_amount"), rs.getString("cancellation_reason"),
				rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** One day's orders that count towards revenue. */
	record DayTotal(long orders, BigDecimal revenue) {
	}

	private record Header(UUID id, String number, String placementId, UUID customerId, String customerName,
			OrderStatus status, Currency currency, BigDecimal total, String reason, Instant placedAt, Instant updatedAt,
			long version) {

		SalesOrder withLines(List<SalesOrder.Line> lines) {
			return new SalesOrder(this.id, this.number, this.placementId, this.customerId, this.customerName,
					this.status, lines, this.currency, this.total, this.reason, this.placedAt, this.updatedAt,
					this.version);
		}

	}

}
