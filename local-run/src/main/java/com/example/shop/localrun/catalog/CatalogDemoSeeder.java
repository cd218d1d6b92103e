package com.example.shop.localrun.catalog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

import com.example.shop.catalog.product.SearchTerms;
import com.example.shop.localrun.DemoSeeder;
import com.example.shop.localrun.demo.DemoCatalog;
import com.example.shop.localrun.demo.DemoIds;
import com.example.shop.localrun.demo.DemoOrders;

/**
 * Loads {@link DemoCatalog} into the catalog database once the catalog service has
 * migrated it, straight through the MongoDB driver, in the document shape the service
 * reads. Idempotent: categories are upserted by code and products by SKU with
 * {@code $setOnInsert} only, so a restart adds what is missing and never undoes what the
 * user changed (prices, stock, reservations).
 */
public final class CatalogDemoSeeder implements DemoSeeder {

	private final String connectionString;

	private final Clock clock;

	private final List<DemoOrders.Order> orders;

	/** Seeds the catalog only: no demo orders hold stock. */
	public CatalogDemoSeeder(String connectionString, Clock clock) {
		this.connectionString = connectionString;
		this.clock = clock;
		this.orders = List.of();
	}

	/**
	 * Seeds the catalog with the confirmed reservations of the demo orders up to
	 * {@code today}, so each demo order holds its stock as a placed one does.
	 */
	public CatalogDemoSeeder(String connectionString, Clock clock, LocalDate today, ZoneId zone) {
		this.connectionString = connectionString;
		this.clock = clock;
		this.orders = DemoOrders.generate(today, zone);
	}

	@Override
	public String seed() {
		try (MongoClient client = MongoClients.create(this.connectionString)) {
			MongoDatabase database = client.getDatabase(new ConnectionString(this.connectionString).getDatabase());
			Date now = Date.from(this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			List<WriteModel<Document>> categories = new ArrayList<>();
			for (DemoCatalog.Category category : DemoCatalog.categories()) {
				categories.add(new UpdateOneModel<>(Filters.eq("_id", category.code()),
						Updates.setOnInsert("name", category.name()), new UpdateOptions().upsert(true)));
			}
			int newCategories = database.getCollection("categories").bulkWrite(categories).getUpserts().size();
			List<WriteModel<Document>> products = new ArrayList<>();
			for (DemoCatalog.Product product : DemoCatalog.products()) {
				products.add(new UpdateOneModel<>(Filters.eq("sku", product.sku()), insertOnly(product, now),
						new UpdateOptions().upsert(true)));
			}
			var upserts = database.getCollection("products").bulkWrite(products).getUpserts();
			Set<String> newSkus = new HashSet<>();
			upserts.forEach((upsert) -> newSkus.add(DemoCatalog.products().get(upsert.getIndex()).sku()));
			int reservations = sold(database, newSkus, now);
			return "%d of %d categories and %d of %d products added, %d demo orders hold their stock"
				.formatted(newCategories, categories.size(), upserts.size(), products.size(), reservations);
		}
	}

	/**
	 * For the products added now: each demo order that is not cancelled holds a confirmed
	 * reservation of its lines, and the stock ledger explains every unit (received = on
	 * hand + sold; each reservation reserved and confirmed), as the catalog service
	 * writes them. Products that existed before are left alone, with whatever they hold.
	 */
	private int sold(MongoDatabase database, Set<String> newSkus, Date now) {
		Map<String, Integer> confirmed = new HashMap<>();
		List<WriteModel<Document>> reservations = new ArrayList<>();
		List<WriteModel<Document>> entries = new ArrayList<>();
		for (DemoOrders.Order order : this.orders) {
			if (order.cancelled() || !order.lines().stream().allMatch((line) -> newSkus.contains(line.sku()))) {
				continue;
			}
			String id = order.reservationId();
			Date at = Date.from(order.placedAt());
			List<Document> lines = new ArrayList<>();
			for (DemoOrders.Line line : order.lines()) {
				confirmed.merge(line.sku(), line.quantity(), Integer::sum);
				lines.add(new Document("sku", line.sku()).append("quantity", line.quantity())
					.append("name", line.productName())
					.append("unitPrice", new Decimal128(line.unitPrice())));
				entries.add(insertOnly(entry("reserved:" + id + ":" + line.sku(), line.sku(), "RESERVED",
						-line.quantity(), line.quantity(), 0, 0, id, "reserved for placement " + id, at)));
				entries.add(insertOnly(entry("confirmed:" + id + ":" + line.sku(), line.sku(), "CONFIRMED", 0,
						-line.quantity(), line.quantity(), 0, id, "order placed", at)));
			}
			reservations.add(new UpdateOneModel<>(Filters.eq("_id", id),
					Updates.combine(Updates.setOnInsert("status", "CONFIRMED"), Updates.setOnInsert("lines", lines),
							Updates.setOnInsert("createdAt", at), Updates.setOnInsert("expiresAt", at),
							Updates.setOnInsert("updatedAt", at), Updates.setOnInsert("settled", true)),
					new UpdateOptions().upsert(true)));
		}
		for (DemoCatalog.Product product : DemoCatalog.products()) {
			if (!newSkus.contains(product.sku())) {
				continue;
			}
			int sold = confirmed.getOrDefault(product.sku(), 0);
			int received = product.stockOnHand() + sold;
			entries.add(insertOnly(entry("received:demo:" + product.sku(), product.sku(), "RECEIVED", received, 0, 0,
					received, null, "first stock of the demo catalog", now)));
			database.getCollection("products")
				.updateOne(Filters.eq("sku", product.sku()), Updates.set("confirmed", sold));
		}
		if (!reservations.isEmpty()) {
			database.getCollection("reservations").bulkWrite(reservations);
		}
		if (!entries.isEmpty()) {
			database.getCollection("stock_ledger").bulkWrite(entries);
		}
		return reservations.size();
	}

	private static Document entry(String id, String sku, String kind, int onHand, int held, int confirmed, int source,
			String reservationId, String why, Date at) {
		return new Document("_id", id).append("sku", sku)
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

	private static WriteModel<Document> insertOnly(Document entry) {
		Document fields = new Document(entry);
		Object id = fields.remove("_id");
		return new UpdateOneModel<>(Filters.eq("_id", id), new Document("$setOnInsert", fields),
				new UpdateOptions().upsert(true));
	}

	private static Bson insertOnly(DemoCatalog.Product product, Date now) {
		return Updates.combine(Updates.setOnInsert("_id", DemoIds.of("product", product.sku()).toString()),
				Updates.setOnInsert("name", product.name()), Updates.setOnInsert("description", product.description()),
				Updates.setOnInsert("category", product.category()),
				Updates.setOnInsert("price", new Decimal128(product.price())),
				Updates.setOnInsert("attributes", new Document(product.attributes())),
				Updates.setOnInsert("stockOnHand", product.stockOnHand()), Updates.setOnInsert("holds", List.of()),
				Updates.setOnInsert("restockedBy", List.of()), Updates.setOnInsert("confirmed", 0),
				Updates.setOnInsert("pendingEntries", List.of()), Updates.setOnInsert("active", product.active()),
				Updates.setOnInsert("version", 0L), Updates.setOnInsert("createdAt", now),
				Updates.setOnInsert("updatedAt", now), Updates.setOnInsert(SearchTerms.FIELD,
						SearchTerms.of(product.sku(), product.name(), product.description())));
	}

}
