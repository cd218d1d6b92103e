package com.example.shop.orders.batch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Orders written straight into the orders database, on any past day the test wants. */
public final class OrdersFixture {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private final JdbcClient jdbc;

	public OrdersFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An order placed on {@code day} at {@code hour} (Seoul) with lines of
	 * {@code sku -> quantity} at {@code unitPrice} each.
	 */
	public UUID order(LocalDate day, int hour, String status, String unitPrice, Map<String, Integer> lines) {
		UUID id = UUID.randomUUID();
		int number = NUMBERS.incrementAndGet();
		Instant placedAt = day.atTime(hour, 0).atZone(SEOUL).toInstant();
		BigDecimal price = new BigDecimal(unitPrice);
		BigDecimal total = lines.values()
			.stream()
			.map((q) -> price.multiply(BigDecimal.valueOf(q)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		this.jdbc.sql("""
				insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
				    total_amount, placed_at, updated_at, version)
				values (:id, :number, :placement, :customer, 'Hanbit Foods', :status, 'KRW', :total, :at, :at, 0)""")
			.param("id", id)
			.param("number", "ORD-T%05d".formatted(number))
			.param("placement", "placement-" + id)
			.param("customer", UUID.nameUUIDFromBytes("customer".getBytes()))
			.param("status", status)
			.param("total", total)
			.param("at", placedAt.atOffset(ZoneOffset.UTC))
			.update();
		int lineNo = 1;
		for (var line : lines.entrySet()) {
			this.jdbc.sql("""
					insert into order_line (order_id, line_no, sku, product_name, unit_price, quantity, line_total)
					values (:id, :no, :sku, :name, :price, :quantity, :total)""")
				.param("id", id)
				.param("no", lineNo++)
				.param("sku", line.getKey())
				.param("name", "Product " + line.getKey())
				.param("price", price)
				.param("quantity", line.getValue())
				.param("total", price.multiply(BigDecimal.valueOf(line.getValue())))
				.update();
		}
		return id;
	}

	/**
	 * Moves an order to another status now, as the service would (version and updatedAt
	 * bumped).
	 */
	public void changeStatus(UUID id, String status, Instant at) {
		this.jdbc.sql("update orders set status = :status, updated_at = :at, version = version + 1 where id = :id")
			.param("status", status)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	/** Every row of a table, ordered, as text: for comparing two runs' results. */
	public List<Map<String, Object>> rows(String sql) {
		return this.jdbc.sql(sql).query().listOfRows();
	}

}
