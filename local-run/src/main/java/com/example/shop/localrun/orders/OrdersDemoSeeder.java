package com.example.shop.localrun.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import com.example.shop.localrun.JdbcDemoSeeder;
import com.example.shop.localrun.demo.DemoOrders;

/**
 * Loads {@link DemoOrders} into the orders database once the orders service has migrated
 * it, each saga-complete (stock confirmed, invoice issued; a cancelled one released and
 * voided), matching what the catalog and billing seeders write. Idempotent: rows are
 * keyed by their stable ids, so a restart or a second run adds nothing. Loaded with SQL
 * rather than the API because the demo needs orders placed on past days, which the API
 * rightly never allows.
 */
public final class OrdersDemoSeeder extends JdbcDemoSeeder {

	public OrdersDemoSeeder(DataSource dataSource, LocalDate today, ZoneId zone) {
		super(dataSource, today, zone);
	}

	@Override
	protected String load(Connection connection) throws SQLException {
		List<DemoOrders.Order> orders = DemoOrders.generate(today(), zone());
		int inserted = 0;
		try (PreparedStatement order = connection.prepareStatement("""
				insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
				    total_amount, cancellation_reason, placed_at, updated_at, version, reservation_id, stock_step,
				    invoice_step, invoice_id, saga_pending, saga_updated_at)
				values (?, ?, ?, ?, ?, ?, 'KRW', ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
				on conflict (id) do nothing"""); PreparedStatement line = connection.prepareStatement("""
				insert into order_line (order_id, line_no, sku, product_name, unit_price, quantity, line_total)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")) {
			for (DemoOrders.Order o : orders) {
				// From the reservation on saga-complete, as the placement (and
				// cancellation) saga leaves an order: the reconciler finds nothing to do
				// and drains no demo stock.
				bind(order, o.id(), o.number(), o.placementId(), o.customerId(), o.customerName(), o.status(),
						o.total(), o.status().equals("CANCELLED") ? "Customer changed their mind" : null,
						utc(o.placedAt()), utc(o.updatedAt()), versionOf(o.status()), o.reservationId(),
						o.cancelled() ? "RELEASED" : "CONFIRMED", o.cancelled() ? "VOIDED" : "ISSUED", o.invoiceId(),
						utc(o.updatedAt()));
				inserted += order.executeUpdate();
				for (DemoOrders.Line l : o.lines()) {
					bind(line, o.id(), l.lineNo(), l.sku(), l.productName(), l.unitPrice(), l.quantity(),
							l.lineTotal());
					line.addBatch();
				}
			}
			line.executeBatch();
		}
		numberAfter(connection, "order_number_seq", DemoOrders.COUNT);
		return (inserted == 0) ? "%d demo orders already present".formatted(orders.size())
				: "%d demo orders loaded".formatted(inserted);
	}

	private static long versionOf(String status) {
		return switch (status) {
			case "PLACED" -> 0;
			case "CONFIRMED", "CANCELLED" -> 1;
			case "SHIPPED" -> 2;
			default -> 3;
		};
	}

}
