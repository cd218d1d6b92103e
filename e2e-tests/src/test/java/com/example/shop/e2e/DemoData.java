package com.example.shop.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.google.type.Money;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

/**
 * A small business a person can read on screen (the README's screenshots show it):
 * customers and products with plausible names straight on the backends, orders placed
 * through the UI's own BFF (so each has its invoice, as the order form leaves it), some
 * moved along their lifecycle and paid. Only {@link ScreenshotsIT} uses it, run by name
 * on the system the suite starts with empty databases ({@code --reset --no-demo-data}),
 * so fixed names and SKUs never collide. The journeys make their own data instead.
 */
final class DemoData {

	private DemoData() {
	}

	static Seed arrange(Properties ready) {
		// The catalog has no RPC to create a category (its import job and seed do): the
		// categories go straight into the local run's catalog database.
		try (MongoClient mongo = MongoClients.create(ready.getProperty("mongo.catalog.uri"))) {
			mongo.getDatabase("catalog")
				.getCollection("categories")
				.insertMany(List.of(new Document("_id", "peripherals").append("name", "Peripherals"),
						new Document("_id", "displays").append("name", "Displays")));
		}
		ManagedChannel channel = ManagedChannelBuilder.forTarget(ready.getProperty("catalog.grpc.target"))
			.usePlaintext()
			.build();
		try {
			var catalog = CatalogServiceGrpc.newBlockingStub(channel);
			product(catalog, "KB-1001", "Mechanical keyboard", "peripherals", 89_000, 120);
			product(catalog, "MN-2701", "27-inch monitor", "displays", 329_000, 40);
			product(catalog, "CB-0030", "USB-C cable, 2 m", "peripherals", 12_500, 4);
			product(catalog, "DK-0400", "Docking station", "peripherals", 154_000, 2);
			product(catalog, "MS-0210", "Wireless mouse", "peripherals", 39_000, 75);
		}
		finally {
			channel.shutdownNow();
		}
		LoopbackHttp billing = new LoopbackHttp(port(ready, "billing.port"));
		UUID hanbit = customer(billing, "Hanbit Trading", "orders@hanbit.example.com", "50000000");
		UUID nuri = customer(billing, "Nuri Design Studio", "office@nuri.example.com", "20000000");
		customer(billing, "Seoul Office Supply", "buy@seoul-office.example.com", "10000000");

		Bff bff = new Bff(new LoopbackHttp(port(ready, "ui.port")));
		JsonNode first = bff.place(hanbit, new Line("KB-1001", 2), new Line("MN-2701", 1));
		JsonNode second = bff.place(nuri, new Line("CB-0030", 1), new Line("DK-0400", 1));
		JsonNode third = bff.place(hanbit, new Line("MN-2701", 2));
		bff.place(nuri, new Line("MS-0210", 3));
		bff.act(second.path("order"), "confirm");
		bff.act(bff.act(bff.act(third.path("order"), "confirm"), "ship"), "deliver");
		pay(billing, first.path("invoice").path("id").asString(), "100000");
		pay(billing, third.path("invoice").path("id").asString(), "658000");

		JsonNode order = first.path("order");
		return new Seed(UUID.fromString(order.path("id").asString()), order.path("number").asString(),
				first.path("invoice").path("number").asString(), "Hanbit Trading", "Mechanical keyboard");
	}

	private static int port(Properties ready, String key) {
		return Integer.parseInt(ready.getProperty(key));
	}

	private static void pay(LoopbackHttp billing, String invoiceId, String amount) {
		var response = billing.post(
				"/api/v1/invoices/" + invoiceId + "/payments", LoopbackHttp.json(Map.of("amount",
						Map.of("amount", amount, "currency", "KRW"), "method", "BANK_TRANSFER", "reference", "e2e")),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not pay: " + response.body());
		}
	}

	private static void product(CatalogServiceGrpc.CatalogServiceBlockingStub catalog, String sku, String name,
			String category, long price, int stock) {
		catalog.createProduct(CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName(name)
			.setDescription(name + ", from the end-to-end tests' demo data")
			.setCategory(category)
			.setPrice(Money.newBuilder().setCurrencyCode("KRW").setUnits(price))
			.setStockOnHand(stock)
			.setActive(true)
			.build());
	}

	private static UUID customer(LoopbackHttp billing, String name, String email, String creditLimit) {
		var response = billing.post("/api/v1/customers",
				LoopbackHttp.json(Map.of("name", name, "email", email, "creditLimit",
						Map.of("amount", creditLimit, "currency", "KRW"), "paymentTermsDays", 30)),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create customer " + name + ": " + response.body());
		}
		return UUID.fromString(response.json().path("id").asString());
	}

	/**
	 * Arranged data that tests look for on screen.
	 *
	 * @param orderId an order placed, invoiced and partly paid
	 * @param orderNumber its number
	 * @param invoiceNumber its invoice's number
	 * @param customerName its customer
	 * @param productName a product on it
	 */
	record Seed(UUID orderId, String orderNumber, String invoiceNumber, String customerName, String productName) {
	}

	/** One line of an order form. */
	record Line(String sku, int quantity) {
	}

	/**
	 * The UI's BFF over HTTP as the admin demo user, as the order form and desk use it.
	 */
	private record Bff(LoopbackHttp http) {

		private static final String ADMIN = "Basic "
				+ Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

		JsonNode place(UUID customer, Line... lines) {
			var response = this.http.post("/bff/v1/orders", LoopbackHttp.json(Map.of("placementId",
					UUID.randomUUID().toString(), "customerId", customer.toString(), "lines", List.of(lines))),
					"Authorization", ADMIN);
			JsonNode body = response.json();
			if (response.status() != 201 || !"placed".equals(body.path("outcome").asString())) {
				throw new IllegalStateException(
						"Could not place an order: " + response.status() + " " + response.body());
			}
			return body;
		}

		JsonNode act(JsonNode order, String action) {
			var response = this.http.post("/bff/v1/orders/" + order.path("id").asString() + "/" + action, null,
					"Authorization", ADMIN, "If-Match", "\"" + order.path("version").asLong() + "\"");
			if (response.status() != 200) {
				throw new IllegalStateException("Could not " + action + " an order: " + response.body());
			}
			return response.json();
		}

	}

}
