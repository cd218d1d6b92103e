package com.example.shop.sagafaults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.mongodb.client.MongoDatabase;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The invariants, read straight from the three databases at a quiet moment (no
 * saga running, nothing left for the reconciler or the sweeper):
 * <ol>
 * <li>every order's reservation is confirmed and it has exactly one invoice, not void, or
 * its pending steps (or a person's attention) say what is missing; a cancelled order has
 * its stock back and no open invoice;</li>
 * <li>no released reservation is held by a live order;</li>
 * <li>for every SKU the stock ledger explains every unit: the product's on hand, held and
 * confirmed units are the sums of its ledger entries, so on hand + held + confirmed =
 * received + counted + adjusted; and the reservations agree with what is held and
 * confirmed;</li>
 * <li>one order per placement id (replays never add one).</li>
 * </ol>
 */
final class Invariants {

	private final JdbcTemplate orders;

	private final JdbcTemplate billing;

	private final MongoDatabase catalog;

	Invariants(SagaSystem system) {
		this.orders = new JdbcTemplate(system.ordersDb.dataSource());
		this.billing = new JdbcTemplate(system.billingDb.dataSource());
		this.catalog = MongoStandInServer.get().database(SagaSystem.CATALOG_DATABASE);
	}

	/**
	 * Waits until the system is quiet: no saga step left that the reconciler will take
	 * (orders a person must look at excepted), no reservation still held or committed
	 * without its order, no ledger entry still on its product.
	 * @return what was still unsettled when the wait gave up, or empty
	 */
	List<String> awaitQuiet(Duration atMost) {
		try {
			await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> unsettled().isEmpty());
			return List.of();
		}
		catch (ConditionTimeoutException ex) {
			return unsettled();
		}
	}

	List<String> unsettled() {
		List<String> left = new ArrayList<>();
		Long pending = this.orders
			.queryForObject("select count(*) from orders where saga_pending and attention is null", Long.class);
		if (pending != null && pending > 0) {
			left.add(pending + " orders with saga steps left: " + this.orders.queryForList("""
					select number || ' ' || status || ' stock ' || stock_step || ' invoice ' || invoice_step
					from orders where saga_pending and attention is null limit 5""", String.class));
		}
		long open = this.catalog.getCollection("reservations")
			.countDocuments(new Document("status", new Document("$in", List.of("RESERVING", "HELD", "COMMITTING"))));
		if (open > 0) {
			left.add(open + " reservations still reserving, held or committing");
		}
		long journal = this.catalog.getCollection("products")
			.countDocuments(new Document("pendingEntries.0", new Document("$exists", true)));
		if (journal > 0) {
			left.add(journal + " products with ledger entries not yet in the ledger");
		}
		return left;
	}

	/** Every invariant, over everything in the databases; empty when all hold. */
	List<String> violations() {
		List<String> violations = new ArrayList<>();
		Map<String, Document> reservations = new HashMap<>();
		for (Document reservation : this.catalog.getCollection("reservations").find()) {
			reservations.put(reservation.getString("_id"), reservation);
		}
		Map<UUID, List<String>> invoices = new HashMap<>();
		this.billing.query("select order_id, status from invoice",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> invoices
					.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
					.add(rs.getString(2)));
		Map<UUID, Map<String, Integer>> lines = new HashMap<>();
		this.orders.query("select order_id, sku, quantity from order_line",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> lines
					.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new HashMap<>())
					.put(rs.getString(2), rs.getInt(3)));
		Map<String, String> liveHolders = new HashMap<>();
		this.orders.query("""
				select id, number, status, reservation_id, stock_step, invoice_step, saga_pending, attention
				from orders""", (org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			String number = rs.getString("number");
			String status = rs.getString("status");
			String reservationId = rs.getString("reservation_id");
			boolean pending = rs.getBoolean("saga_pending");
			String attention = rs.getString("attention");
			Document reservation = reservations.get(reservationId);
			String reservationStatus = (reservation != null) ? reservation.getString("status") : "NONE";
			List<String> orderInvoices = invoices.getOrDefault(id, List.of());
			if (!status.equals("CANCELLED")) {
				liveHolders.put(reservationId, number);
			}
			if (orderInvoices.size() > 1) {
				violations.add("%s has %d invoices".formatted(number, orderInvoices.size()));
			}
			if (pending) {
				if (attention == null) {
					violations.add("%s still has saga steps left (stock %s, invoice %s) at a quiet moment"
						.formatted(number, rs.getString("stock_step"), rs.getString("invoice_step")));
				}
				return;
			}
			switch (status) {
				case "CANCELLED" -> {
					if (!reservationStatus.equals("RELEASED") && !reservationStatus.equals("NONE")) {
						violations
							.add("%s is cancelled but its reservation is %s".formatted(number, reservationStatus));
					}
					if (orderInvoices.stream().anyMatch((s) -> !s.equals("VOID"))) {
						violations
							.add("%s is cancelled but has an invoice that is %s".formatted(number, orderInvoices));
					}
				}
				case "CANCELLING" -> violations.add("%s is CANCELLING with nothing pending".formatted(number));
				default -> {
					if (!reservationStatus.equals("CONFIRMED")) {
						violations.add("%s is %s with nothing pending but its reservation %s is %s".formatted(number,
								status, reservationId, reservationStatus));
					}
					else if (!sameLines(reservation, lines.getOrDefault(id, Map.of()))) {
						violations.add("%s holds reservation %s of other lines".formatted(number, reservationId));
					}
					if (orderInvoices.size() != 1 || orderInvoices.getFirst().equals("VOID")) {
						violations.add("%s is %s with nothing pending but its invoices are %s".formatted(number, status,
								orderInvoices));
					}
				}
			}
		});
		for (Document reservation : reservations.values()) {
			String holder = liveHolders.get(reservation.getString("_id"));
			if ("RELEASED".equals(reservation.getString("status")) && holder != null) {
				violations.add("reservation %s is released but live order %s holds it"
					.formatted(reservation.getString("_id"), holder));
			}
		}
		Long duplicates = this.orders.queryForObject(
				"select count(*) from (select placement_id from orders group by 1 having count(*) > 1) d", Long.class);
		if (duplicates != null && duplicates > 0) {
			violations.add(duplicates + " placement ids have more than one order");
		}
		violations.addAll(ledger(reservations));
		return violations;
	}

	/** The per-SKU stock ledger against the products' counters and the reservations. */
	private List<String> ledger(Map<String, Document> reservations) {
		List<String> violations = new ArrayList<>();
		Map<String, int[]> sums = new HashMap<>();
		for (Document entry : this.catalog.getCollection("stock_ledger").find()) {
			add(sums, entry);
		}
		Map<String, int[]> reserved = new HashMap<>();
		for (Document reservation : reservations.values()) {
			int column = switch (reservation.getString("status")) {
				case "HELD", "COMMITTING", "RESERVING" -> 0;
				case "CONFIRMED" -> 1;
				default -> -1;
			};
			if (column >= 0) {
				for (Document line : reservation.getList("lines", Document.class)) {
					reserved.computeIfAbsent(line.getString("sku"), (k) -> new int[2])[column] += line
						.getInteger("quantity");
				}
			}
		}
		for (Document product : this.catalog.getCollection("products").find()) {
			String sku = product.getString("sku");
			int[] recorded = sums.getOrDefault(sku, new int[4]).clone();
			for (Document pending : product.getList("pendingEntries", Document.class, List.of())) {
				if (this.catalog.getCollection("stock_ledger")
					.find(new Document("_id", pending.get("_id")))
					.first() == null) {
					add(recorded, pending);
				}
			}
			int onHand = product.getInteger("stockOnHand", 0);
			int held = product.getList("holds", Document.class, List.of())
				.stream()
				.mapToInt((hold) -> hold.getInteger("quantity", 0))
				.sum();
			int confirmed = product.getInteger("confirmed", 0);
			if (onHand != recorded[0] || held != recorded[1] || confirmed != recorded[2]
					|| onHand + held + confirmed != recorded[3]) {
				violations.add("%s: on hand %d, held %d, confirmed %d, but the ledger says %d, %d, %d of %d received"
					.formatted(sku, onHand, held, confirmed, recorded[0], recorded[1], recorded[2], recorded[3]));
			}
			int[] byReservations = reserved.getOrDefault(sku, new int[2]);
			if (held != byReservations[0] || confirmed != byReservations[1]) {
				violations.add("%s: held %d and confirmed %d, but its reservations hold %d and confirmed %d"
					.formatted(sku, held, confirmed, byReservations[0], byReservations[1]));
			}
		}
		return violations;
	}

	/** One order's state, to compare before and after a refused replay. */
	String snapshot(UUID orderId) {
		Map<String, Object> order = this.orders.queryForMap("""
				select status, version, stock_step, invoice_step, reservation_id from orders where id = ?""", orderId);
		Document reservation = this.catalog.getCollection("reservations")
			.find(new Document("_id", order.get("reservation_id")))
			.first();
		List<String> invoices = this.billing
			.queryForList("select status || ' ' || version from invoice where order_id = ?", String.class, orderId);
		return order + " reservation " + ((reservation != null) ? reservation.getString("status") : null) + " invoices "
				+ invoices;
	}

	/** The order a placement id created, if any. */
	UUID orderOf(UUID placementId) {
		List<UUID> ids = this.orders.queryForList("select id from orders where placement_id = ?", UUID.class,
				placementId.toString());
		return ids.isEmpty() ? null : ids.getFirst();
	}

	/** An order's status and its one invoice's id and status. */
	OrderState state(UUID orderId) {
		Map<String, Object> order = this.orders.queryForMap("select status, version from orders where id = ?", orderId);
		List<Map<String, Object>> invoice = this.billing
			.queryForList("select id, status from invoice where order_id = ?", orderId);
		return new OrderState((String) order.get("status"), ((Number) order.get("version")).longValue(),
				invoice.isEmpty() ? null : invoice.getFirst().get("id").toString(),
				invoice.isEmpty() ? null : (String) invoice.getFirst().get("status"));
	}

	/** Orders a cancel or a lifecycle action may pick. */
	List<UUID> ordersIn(String... statuses) {
		return this.orders.queryForList(
				"select id from orders where status in (" + "?,".repeat(statuses.length - 1) + "?) order by number",
				UUID.class, (Object[]) statuses);
	}

	private static void add(Map<String, int[]> sums, Document entry) {
		add(sums.computeIfAbsent(entry.getString("sku"), (k) -> new int[4]), entry);
	}

	private static void add(int[] sums, Document entry) {
		sums[0] += entry.getInteger("onHand", 0);
		sums[1] += entry.getInteger("held", 0);
		sums[2] += entry.getInteger("confirmed", 0);
		sums[3] += entry.getInteger("source", 0);
	}

	private static boolean sameLines(Document reservation, Map<String, Integer> orderLines) {
		Map<String, Integer> reserved = new HashMap<>();
		for (Document line : reservation.getList("lines", Document.class)) {
			reserved.put(line.getString("sku"), line.getInteger("quantity"));
		}
		return Objects.equals(reserved, orderLines);
	}

	/**
	 * An order as the databases have it.
	 *
	 * @param status its status
	 * @param version its version
	 * @param invoiceId its invoice, or null
	 * @param invoiceStatus the invoice's stored status, or null
	 */
	record OrderState(String status, long version, String invoiceId, String invoiceStatus) {
	}

}
