package com.example.shop.localrun.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.shop.catalog.product.SearchTerms;
import com.example.shop.localrun.demo.DemoCatalog;
import com.example.shop.localrun.demo.DemoIds;
import com.example.shop.testsupport.mongo.MongoStandInServer;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogDemoSeederTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void seedingWritesExactlyTheDemoCatalogAndASecondRunAddsNothingNorUndoesChanges() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_seed");
		CatalogDemoSeeder seeder = new CatalogDemoSeeder(MongoStandInServer.get().connectionString("catalog_seed"),
				CLOCK);

		String first = seeder.seed();
		database.getCollection("products").updateOne(Filters.eq("sku", "STA-0001"), Updates.set("stockOnHand", 7));
		String second = seeder.seed();

		int products = DemoCatalog.products().size();
		int categories = DemoCatalog.categories().size();
		assertThat(first).isEqualTo("%d of %d categories and %d of %d products added, 0 demo orders hold their stock"
			.formatted(categories, categories, products, products));
		assertThat(second).startsWith("0 of %d categories and 0 of".formatted(categories));
		assertThat(database.getCollection("products").countDocuments()).isEqualTo(products);
		assertThat(database.getCollection("products").find(Filters.eq("sku", "STA-0001")).first())
			.containsEntry("stockOnHand", 7);
		List<String> names = database.getCollection("categories")
			.find()
			.map((c) -> c.getString("name"))
			.into(new ArrayList<>());
		assertThat(names).containsExactlyInAnyOrderElementsOf(
				DemoCatalog.categories().stream().map(DemoCatalog.Category::name).toList());
	}

	@Test
	void demoOrdersHoldConfirmedReservationsAndTheLedgerExplainsEveryUnit() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_seed_sold");
		java.time.LocalDate today = java.time.LocalDate.parse("2026-11-24");
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Seoul");
		CatalogDemoSeeder seeder = new CatalogDemoSeeder(MongoStandInServer.get().connectionString("catalog_seed_sold"),
				CLOCK, today, zone);

		seeder.seed();
		seeder.seed();

		var orders = com.example.shop.localrun.demo.DemoOrders.generate(today, zone);
		long live = orders.stream().filter((o) -> !o.cancelled()).count();
		assertThat(database.getCollection("reservations").countDocuments(Filters.eq("status", "CONFIRMED")))
			.isEqualTo(live);
		assertThat(database.getCollection("reservations").countDocuments()).isEqualTo(live);
		java.util.Map<String, int[]> ledger = new java.util.HashMap<>();
		for (Document entry : database.getCollection("stock_ledger").find()) {
			int[] sums = ledger.computeIfAbsent(entry.getString("sku"), (sku) -> new int[4]);
			sums[0] += entry.getInteger("onHand");
			sums[1] += entry.getInteger("held");
			sums[2] += entry.getInteger("confirmed");
			sums[3] += entry.getInteger("source");
		}
		for (Document product : database.getCollection("products").find()) {
			int[] sums = ledger.get(product.getString("sku"));
			assertThat(sums).as(product.getString("sku")).isNotNull();
			assertThat(sums[0]).isEqualTo(product.getInteger("stockOnHand"));
			assertThat(sums[1]).isZero();
			assertThat(sums[2]).isEqualTo(product.getInteger("confirmed"));
			assertThat(sums[3]).isEqualTo(product.getInteger("stockOnHand") + product.getInteger("confirmed"));
		}
	}

	@Test
	void eachProductIsStoredInTheShapeTheCatalogServiceReads() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_seed_shape");
		new CatalogDemoSeeder(MongoStandInServer.get().connectionString("catalog_seed_shape"), CLOCK).seed();
		DemoCatalog.Product expected = DemoCatalog.products().get(12);

		Document stored = database.getCollection("products").find(Filters.eq("sku", expected.sku())).first();

		assertThat(stored).isNotNull();
		assertThat(stored.getString("_id")).isEqualTo(DemoIds.of("product", expected.sku()).toString());
		assertThat(stored.getString("name")).isEqualTo(expected.name());
		assertThat(stored.getString("category")).isEqualTo(expected.category());
		assertThat(stored.get("price", Decimal128.class).bigDecimalValue()).isEqualByComparingTo(expected.price());
		assertThat(stored.get("attributes", Document.class)).containsAllEntriesOf(expected.attributes());
		assertThat(stored.getInteger("stockOnHand")).isEqualTo(expected.stockOnHand());
		assertThat(stored.getBoolean("active")).isEqualTo(expected.active());
		assertThat(stored.getLong("version")).isZero();
		assertThat(stored.getDate("updatedAt").toInstant()).isEqualTo(CLOCK.instant());
		assertThat(stored.getList("searchTerms", String.class)).as("what the catalog's search finds it by")
			.containsAll(SearchTerms.of(expected.sku(), expected.name(), expected.description()))
			.allMatch((term) -> term.equals(term.toLowerCase(java.util.Locale.ROOT)));
	}

	@Test
	void theDemoCatalogIsFoundByAnyWordOfItsNames() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_seed_terms");
		new CatalogDemoSeeder(MongoStandInServer.get().connectionString("catalog_seed_terms"), CLOCK).seed();
		var products = database.getCollection("products");

		// What the catalog's search asks: a stored term starting with each word.
		for (String word : List.of("chair", "desk", "pen", "pro", "monitor")) {
			List<String> names = products.find(Filters.regex("searchTerms", "^" + word))
				.map((p) -> p.getString("name"))
				.into(new ArrayList<>());
			assertThat(names).as(word).isNotEmpty();
		}
		assertThat(products.countDocuments(Filters.regex("searchTerms", "^monitor")))
			.isEqualTo(products.countDocuments(Filters.regex("name", "monitor", "i")));
	}

	@Test
	void theStandInKeepsItsDataAcrossARestart(@TempDir Path directory) throws Exception {
		int port;
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (MongoStandIn mongo = MongoStandIn.start(directory, "127.0.0.1", "127.0.0.1", port)) {
			new CatalogDemoSeeder(mongo.connectionString("catalog"), CLOCK).seed();
		}

		try (MongoStandIn mongo = MongoStandIn.start(directory, "127.0.0.1", "127.0.0.1", port);
				MongoClient client = MongoClients.create(mongo.connectionString("catalog"))) {
			assertThat(client.getDatabase("catalog").getCollection("products").countDocuments())
				.isEqualTo(DemoCatalog.products().size());
		}
	}

}
