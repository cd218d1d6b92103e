package com.example.shop.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.e2e.backends.Backends;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.orders.api.Order;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * A small business a person can read on screen (the README's screenshots show it):
 * customers and products with plausible names straight on the backends (with the suite's
 * backend token, as every journey arranges its data), orders placed through the UI's own
 * BFF (so each has its invoice, as the order form leaves it), some moved along their
 * lifecycle and paid. Only {@link ScreenshotsIT} uses it, run by name on the system the
 * suite starts with empty databases ({@code --reset --no-demo-data}), so fixed names and
 * SKUs never collide. The journeys make their own data instead.
 */
final class DemoData {

	private DemoData() {
	}

	static Seed arrange(Shop shop) {
		// The catalog has no RPC to create a category (its import job and seed do): the
		// categories go straight into the local run's catalog database.
		try (MongoClient mongo = MongoClients.create(shop.ownSystem().ready().getProperty("mongo.catalog.uri"))) {
			mongo.getDatabase("catalog")
				.getCollection("categories")
				.insertMany(List.of(new Document("_id", "peripherals").append("name", "Peripherals"),
						new Document("_id", "displays").append("name", "Displays")));
		}
		Backends backends = shop.backends();
		backends.catalog().create("KB-1001", "Mechanical keyboard", "peripherals", 89_000, 120);
		backends.catalog().create("MN-2701", "27-inch monitor", "displays", 329_000, 40);
		backends.catalog().create("CB-0030", "USB-C cable, 2 m", "peripherals", 12_500, 4);
		backends.catalog().create("DK-0400", "Docking station", "peripherals", 154_000, 2);
		backends.catalog().create("MS-0210", "Wireless mouse", "peripherals", 39_000, 75);
		UUID hanbit = backends.billing().createCustomer("Hanbit Trading", "orders@hanbit.example.com", "50000000").id();
		UUID nuri = backends.billing().createCustomer("Nuri Design Studio", "office@nuri.example.com", "20000000").id();
		backends.billing().createCustomer("Seoul Office Supply", "buy@seoul-office.example.com", "10000000");

		BffClient.Placed first = place(shop, hanbit, "KB-1001", 2, "MN-2701", 1);
		BffClient.Placed second = place(shop, nuri, "CB-0030", 1, "DK-0400", 1);
		BffClient.Placed third = place(shop, hanbit, "MN-2701", 2);
		place(shop, nuri, "MS-0210", 3);
		act(backends, second.orderId(), "confirm");
		act(backends, third.orderId(), "confirm", "ship", "deliver");
		backends.billing().pay(first.invoiceId(), "100000");
		backends.billing().pay(third.invoiceId(), "658000");

		return new Seed(first.orderId(), first.orderNumber(), first.invoiceNumber(), hanbit, "Hanbit Trading",
				"Mechanical keyboard");
	}

	/** An order of these SKU and quantity pairs, placed and invoiced. */
	private static BffClient.Placed place(Shop shop, UUID customer, Object... skuAndQuantity) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (int i = 0; i + 1 < skuAndQuantity.length; i += 2) {
			lines.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
		}
		return shop.data().placedOrder(customer, lines);
	}

	/** Moves the order through these lifecycle actions, one after the other. */
	private static void act(Backends backends, UUID orderId, String... actions) {
		Order order = backends.orders().order(orderId);
		for (String action : actions) {
			order = backends.orders().act(order, action);
		}
	}

	/**
	 * Arranged data that tests look for on screen.
	 *
	 * @param orderId an order placed, invoiced and partly paid
	 * @param orderNumber its number
	 * @param invoiceNumber its invoice's number
	 * @param customerId its customer, who has two orders, one paid in full
	 * @param customerName the customer's name
	 * @param productName a product on it
	 */
	record Seed(UUID orderId, String orderNumber, String invoiceNumber, UUID customerId, String customerName,
			String productName) {
	}

}
