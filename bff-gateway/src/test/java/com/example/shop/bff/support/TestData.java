package com.example.shop.bff.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.Product;
import com.example.shop.catalog.v1.Reservation;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.catalog.v1.ReservedLine;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.google.type.Money;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import tools.jackson.databind.JsonNode;

import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

/**
 * Arranges data straight on the real backends (not through the BFF, and not through the
 * proxies, so a test can arrange while a proxy is down). Every name is unique per call,
 * so tests never collide.
 */
public final class TestData implements AutoCloseable {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final LoopbackHttp orders;

	private final LoopbackHttp billing;

	private final ManagedChannel channel;

	private final CatalogServiceGrpc.CatalogServiceBlockingStub catalog;

	/** Test data for a benchmark that runs outside a test class. */
	public static TestData forBenchmark(RealBackends backends) {
		return new TestData(backends);
	}

	/**
	 * Arranges as an admin signed in through the UI, allowed everything the backends do
	 * (the saga steps included).
	 */
	TestData(RealBackends backends) {
		this.orders = new LoopbackHttp(backends.ordersPort).withBearer(Caller.ADMIN.token());
		this.billing = new LoopbackHttp(backends.billingPort).withBearer(Caller.ADMIN.token());
		this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", backends.catalogGrpcPort)
			.usePlaintext()
			.intercept(new BearerTokenAuthenticationInterceptor(Caller.ADMIN::token))
			.build();
		this.catalog = CatalogServiceGrpc.newBlockingStub(this.channel);
	}

	/**
	 * Shuts the catalog channel down. A benchmark closes its test data when it has
	 * arranged what it needs; a test class's lasts as long as its JVM.
	 */
	@Override
	public void close() {
		this.channel.shutdownNow();
	}

	/** A new active customer with this credit limit (KRW) and 30 days' terms. */
	public UUID customer(String creditLimit) {
		int n = SEQUENCE.incrementAndGet();
		var response = this.billing.post("/api/v1/customers",
				LoopbackHttp
					.json(Map.of("name", "Test Customer " + n + " " + UUID.randomUUID().toString().substring(0, 8),
							"email", "ap" + n + "-" + System.nanoTime() + "@test.example.com", "creditLimit",
							Map.of("amount", creditLimit, "currency", "KRW"), "paymentTermsDays", 30)),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create a customer: " + response.body());
		}
		return UUID.fromString(response.json().path("id").asString());
	}

	/**
	 * A new active product in category {@code test} at this price (KRW) with this stock;
	 * returns its SKU.
	 */
	public String product(String price, int stock) {
		String sku = "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		BigDecimal value = new BigDecimal(price);
		this.catalog.createProduct(CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName("Test product " + sku)
			.setDescription("Made by a test")
			.setCategory("test")
			.setPrice(Money.newBuilder()
				.setCurrencyCode("KRW")
				.setUnits(value.longValue())
				.setNanos(value.remainder(BigDecimal.ONE).movePointRight(9).intValue()))
			.setStockOnHand(stock)
			.setActive(true)
			.build());
		return sku;
	}

	/**
	 * A new placement of {@code quantity} units of a new product (100.00, 10 in stock)
	 * for a new customer with ample credit; nothing is placed yet.
	 */
	public PlaceOrder orderOfOne(int quantity) {
		UUID customer = customer("1000000.00");
		String sku = product("100.00", 10);
		return new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(sku, quantity)));
	}

	public Product product(String sku) {
		return this.catalog.getProduct(GetProductRequest.newBuilder().setSku(sku).build());
	}

	public JsonNode order(UUID id) {
		return this.orders.get("/api/v1/orders/" + id).json();
	}

	public JsonNode invoicesOfOrder(UUID orderId) {
		return this.billing.get("/api/v1/invoices?orderId=" + orderId).json();
	}

	/**
	 * An order of one unit of a new product (100.00, 10 in stock) for a new customer with
	 * ample credit, left as the placement saga leaves it just before it confirms the
	 * stock and issues the invoice (see {@link #reserveAndCreateOrder}).
	 * @return the new order's id
	 */
	public UUID unfinishedOrder() {
		return reserveAndCreateOrder(customer("1000000.00"), product("100.00", 10), 1);
	}

	/**
	 * Reserves and commits stock and creates the order directly, as the placement saga
	 * leaves things just before it confirms the stock and issues the invoice (or as a BFF
	 * that died right after creating the order left them).
	 * @return the new order's id
	 */
	public UUID reserveAndCreateOrder(UUID customerId, String sku, int quantity) {
		String placementId = UUID.randomUUID().toString();
		Reservation reservation = this.catalog.reserveStock(ReserveStockRequest.newBuilder()
			.setReservationId(placementId)
			.addLines(ReservationLine.newBuilder().setSku(sku).setQuantity(quantity))
			.build());
		// The saga commits the reservation right before it creates the order.
		this.catalog.commitReservation(com.example.shop.catalog.v1.CommitReservationRequest.newBuilder()
			.setReservationId(placementId)
			.build());
		ReservedLine line = reservation.getLines(0);
		String price = BigDecimal.valueOf(line.getUnitPrice().getUnits())
			.add(BigDecimal.valueOf(line.getUnitPrice().getNanos(), 9))
			.setScale(2, java.math.RoundingMode.HALF_EVEN)
			.toPlainString();
		var response = this.orders.post("/api/v1/orders",
				LoopbackHttp.json(Map.of("customerId", customerId.toString(), "customerName", "Test", "lines",
						java.util.List.of(Map.of("sku", sku, "productName", line.getName(), "unitPrice",
								Map.of("amount", price, "currency", "KRW"), "quantity", quantity)))),
				"Idempotency-Key", placementId);
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create the order: " + response.body());
		}
		return UUID.fromString(response.json().path("id").asString());
	}

	/**
	 * A reservation as the catalog stores it (there is no RPC to read one), or null.
	 */
	public org.bson.Document reservation(String reservationId) {
		return com.example.shop.testsupport.mongo.MongoStandInServer.get()
			.database(RealBackends.CATALOG_DATABASE)
			.getCollection("reservations")
			.find(new org.bson.Document("_id", reservationId))
			.first();
	}

	/** A reservation's status as the catalog stores it, or null if there is none. */
	public String reservationStatus(String reservationId) {
		org.bson.Document reservation = reservation(reservationId);
		return (reservation != null) ? reservation.getString("status") : null;
	}

	/**
	 * Stores a reservation as the catalog does while another call is still taking its
	 * lines off stock (RESERVING), as if that call were in flight.
	 */
	public void reservationInFlight(String reservationId, String sku, int quantity) {
		java.util.Date now = new java.util.Date();
		com.example.shop.testsupport.mongo.MongoStandInServer.get()
			.database(RealBackends.CATALOG_DATABASE)
			.getCollection("reservations")
			.insertOne(new org.bson.Document("_id", reservationId).append("status", "RESERVING")
				.append("lines",
						java.util.List.of(new org.bson.Document("sku", sku).append("quantity", quantity)
							.append("name", null)
							.append("unitPrice", null)))
				.append("createdAt", now)
				.append("expiresAt", new java.util.Date(now.getTime() + RealBackends.RESERVATION_TIMEOUT.toMillis()))
				.append("updatedAt", now)
				.append("settled", false));
	}

	/**
	 * An open order as local-run's demo seeders write one, straight into the three
	 * databases and never through a service ({@code OrdersDemoSeeder},
	 * {@code BillingDemoSeeder}, {@code CatalogDemoSeeder}, in the same SQL and document
	 * shapes): saga-complete, its reservation confirmed under a name-based id (not its
	 * placement id {@code demo-ORD-…}), its invoice open, and no audit entry anywhere.
	 * @param customerId a billing customer
	 * @param sku a catalog product with at least {@code quantity} on hand
	 * @param quantity the one line's units
	 * @param status {@code PLACED} or {@code CONFIRMED}
	 * @return the ids the seeders would have derived
	 */
	public DemoOrder demoOrder(UUID customerId, String sku, int quantity, String status) {
		int n = 900_000 + SEQUENCE.incrementAndGet();
		String number = "ORD-%06d".formatted(n);
		UUID id = UUID.nameUUIDFromBytes(("order:" + number + ":" + UUID.randomUUID()).getBytes());
		String reservationId = UUID.nameUUIDFromBytes(("reservation:" + id).getBytes()).toString();
		UUID invoiceId = UUID.nameUUIDFromBytes(("invoice:" + id).getBytes());
		Product product = product(sku);
		BigDecimal unitPrice = BigDecimal.valueOf(product.getPrice().getUnits())
			.add(BigDecimal.valueOf(product.getPrice().getNanos(), 9))
			.setScale(2, java.math.RoundingMode.HALF_EVEN);
		BigDecimal total = unitPrice.multiply(BigDecimal.valueOf(quantity));
		java.time.Instant placedAt = java.time.Instant.now()
			.minus(java.time.Duration.ofDays(2))
			.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		java.time.OffsetDateTime at = placedAt.atOffset(java.time.ZoneOffset.UTC);
		demoReservation(reservationId, sku, product.getName(), unitPrice, quantity, java.util.Date.from(placedAt));
		var orders = new org.springframework.jdbc.core.JdbcTemplate(
				com.example.shop.testsupport.postgres.EmbeddedPostgresServer.get()
					.database(RealBackends.ORDERS_DATABASE)
					.dataSource());
		orders.update("""
				insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
				    total_amount, cancellation_reason, placed_at, updated_at, version, reservation_id, stock_step,
				    invoice_step, invoice_id, saga_pending, saga_updated_at)
				values (?, ?, ?, ?, ?, ?, 'KRW', ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""", id, number, "demo-" + number,
				customerId, "Demo customer", status, total, null, at, at, status.equals("PLACED") ? 0L : 1L,
				reservationId, "CONFIRMED", "ISSUED", invoiceId, at);
		orders.update("""
				insert into order_line (order_id, line_no, sku, product_name, unit_price, quantity, line_total)
				values (?, ?, ?, ?, ?, ?, ?)""", id, 1, sku, product.getName(), unitPrice, quantity, total);
		new org.springframework.jdbc.core.JdbcTemplate(
				com.example.shop.testsupport.postgres.EmbeddedPostgresServer.get()
					.database(RealBackends.BILLING_DATABASE)
					.dataSource())
			.update("""
					insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
					    issue_date, due_date, void_reason, created_at, updated_at, version)
					values (?, ?, ?, ?, ?, 'KRW', ?, ?, ?, ?, ?, ?, ?, ?)""", invoiceId, "INV-%06d".formatted(n), id,
					customerId, "OPEN", total, BigDecimal.ZERO.setScale(2), at.toLocalDate(),
					at.toLocalDate().plusDays(30), null, at, at, 0L);
		return new DemoOrder(id, number, reservationId, invoiceId);
	}

	/**
	 * A confirmed reservation as {@code CatalogDemoSeeder} writes it for a demo order:
	 * the reservation, the product's confirmed units, and the ledger entries (received,
	 * reserved, confirmed) that explain them, with no hold left on the product.
	 */
	private void demoReservation(String reservationId, String sku, String name, BigDecimal unitPrice, int quantity,
			java.util.Date at) {
		var catalog = com.example.shop.testsupport.mongo.MongoStandInServer.get()
			.database(RealBackends.CATALOG_DATABASE);
		catalog.getCollection("reservations")
			.insertOne(new org.bson.Document("_id", reservationId).append("status", "CONFIRMED")
				.append("lines",
						java.util.List.of(new org.bson.Document("sku", sku).append("quantity", quantity)
							.append("name", name)
							.append("unitPrice", new org.bson.types.Decimal128(unitPrice))))
				.append("createdAt", at)
				.append("expiresAt", at)
				.append("updatedAt", at)
				.append("settled", true));
		catalog.getCollection("products")
			.updateOne(new org.bson.Document("sku", sku),
					new org.bson.Document("$inc", new org.bson.Document("confirmed", quantity)));
		catalog.getCollection("stock_ledger")
			.insertMany(java.util.List.of(
					ledgerEntry("received:demo:" + reservationId, sku, "RECEIVED", quantity, 0, 0, quantity, null,
							"first stock of the demo catalog", at),
					ledgerEntry("reserved:" + reservationId + ":" + sku, sku, "RESERVED", -quantity, quantity, 0, 0,
							reservationId, "reserved for placement " + reservationId, at),
					ledgerEntry("confirmed:" + reservationId + ":" + sku, sku, "CONFIRMED", 0, -quantity, quantity, 0,
							reservationId, "order placed", at)));
	}

	private static org.bson.Document ledgerEntry(String id, String sku, String kind, int onHand, int held,
			int confirmed, int source, String reservationId, String why, java.util.Date at) {
		return new org.bson.Document("_id", id).append("sku", sku)
			.append("kind", kind)
			.append("onHand", onHand)
			.append("held", held)
			.append("confirmed", confirmed)
			.append("source", source)
			.append("reservationId", reservationId)
			.append("who", "demo seeder")
			.append("why", why)
			.append("at", at);
	}

	/**
	 * What a demo order's seeders derived for it.
	 *
	 * @param id the order
	 * @param number its number
	 * @param reservationId the confirmed catalog reservation it holds
	 * @param invoiceId its open invoice
	 */
	public record DemoOrder(UUID id, String number, String reservationId, UUID invoiceId) {
	}

	/** Renames a customer at billing, keeping everything else. */
	public void renameCustomer(UUID customerId, String newName) {
		changeCustomer(customerId, newName, null);
	}

	/**
	 * Suspends a customer at billing, keeping everything else: it may no longer order.
	 * @return the customer's name
	 */
	public String suspendCustomer(UUID customerId) {
		return changeCustomer(customerId, null, "SUSPENDED");
	}

	private String changeCustomer(UUID customerId, String newName, String newStatus) {
		var current = this.billing.get("/api/v1/customers/" + customerId);
		JsonNode c = current.json();
		String name = (newName != null) ? newName : c.path("name").asString();
		String status = (newStatus != null) ? newStatus : c.path("status").asString();
		var response = this.billing.request("PUT", "/api/v1/customers/" + customerId,
				LoopbackHttp.json(Map.of("name", name, "email", c.path("email").asString(), "creditLimit",
						Map.of("amount", c.path("creditLimit").path("amount").asString(), "currency", "KRW"),
						"paymentTermsDays", c.path("paymentTermsDays").asInt(), "status", status)),
				"If-Match", "\"" + c.path("version").asLong() + "\"");
		if (response.status() != 200) {
			throw new IllegalStateException("Could not change the customer: " + response.body());
		}
		return name;
	}

	/**
	 * Ships an order directly at orders, as a warehouse user would from another screen,
	 * naming the version orders has now.
	 * @return the HTTP status orders answered
	 */
	public int shipNow(UUID orderId) {
		long version = order(orderId).path("version").asLong();
		return this.orders.post("/api/v1/orders/" + orderId + "/ship", null, "If-Match", "\"" + version + "\"")
			.status();
	}

	/**
	 * Issues an invoice of this amount (KRW) to a customer directly at billing, for an
	 * order nobody placed; returns its id.
	 */
	public String invoice(UUID customerId, String amount) {
		var response = this.billing.post("/api/v1/invoices",
				LoopbackHttp.json(Map.of("orderId", UUID.randomUUID().toString(), "customerId", customerId.toString(),
						"amount", Map.of("amount", amount, "currency", "KRW"))),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not issue an invoice: " + response.body());
		}
		return response.json().path("id").asString();
	}

	/** A customer's statement CSV as billing serves it. */
	public String statementCsv(UUID customerId, java.time.LocalDate from, java.time.LocalDate to) {
		var response = this.billing.get("/api/v1/customers/" + customerId + "/statement.csv?from=" + from + "&to=" + to,
				"Accept", "text/csv");
		if (response.status() != 200) {
			throw new IllegalStateException("Could not read the statement: " + response.body());
		}
		return response.body();
	}

	/** Pays part of an invoice directly at billing. */
	public void pay(String invoiceId, String amount) {
		var response = this.billing.post(
				"/api/v1/invoices/" + invoiceId + "/payments", LoopbackHttp.json(Map.of("amount",
						Map.of("amount", amount, "currency", "KRW"), "method", "BANK_TRANSFER", "reference", "test")),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not pay: " + response.body());
		}
	}

}
