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
import com.example.shop.support.data.NumberSequence;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
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
				cancellation_reason, placed_at, updated_at, version""");
		this.orderLines = new SqlTable(jdbc, "order_line",
				"order_id, line_no, sku, product_name, unit_price, quantity");
		this.numbers = new NumberSequence(jdbc, "order_number_seq", "ORD-%06d");
	}

	String nextNumber() {
		return this.numbers.next();
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
			.execute();
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

	private static Where where(OrderFilter filter, ZoneId zone) {
		Where where = new Where();
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
		return new Header(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("placement_id"),
				rs.getObject("customer_id", UUID.class), rs.getString("customer_name"),
				OrderStatus.valueOf(rs.getString("status")), Currency.getInstance(rs.getString("currency")),
				rs.getBigDecimal("total_amount"), rs.getString("cancellation_reason"),
				SqlTable.instant(rs, "placed_at"), SqlTable.instant(rs, "updated_at"), rs.getLong("version"));
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
