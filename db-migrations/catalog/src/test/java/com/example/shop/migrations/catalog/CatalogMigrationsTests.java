package com.example.shop.migrations.catalog;

import java.util.ArrayList;
import java.util.List;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.mongodb.client.MongoDatabase;
import io.mongock.driver.mongodb.springdata.v4.SpringDataMongoV4Driver;
import io.mongock.runner.standalone.MongockStandalone;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogMigrationsTests {

	@Test
	void everyChangeUnitAppliesToAnEmptyDatabaseAndAgainAsANoOp() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_migrations");
		MongoTemplate mongo = new MongoTemplate(MongoStandInServer.get().client(), database.getName());

		migrate(mongo);
		List<Document> firstRun = changeLog(database);
		migrate(mongo);
		List<Document> afterSecondRun = changeLog(database);

		assertThat(firstRun).extracting((entry) -> entry.getString("changeId"))
			.containsExactly("v001-catalog-collections-and-indexes", "v003-stock-ledger-and-committed-reservations",
					"v004-batch-collections-and-indexes", "v005-product-history", "v006-product-search-terms");
		assertThat(firstRun).extracting((entry) -> entry.getString("state")).containsOnly("EXECUTED");
		assertThat(afterSecondRun).hasSameSizeAs(firstRun);
		assertThat(database.listCollectionNames().into(new ArrayList<>())).contains("products", "categories",
				"reservations", "stock_ledger", "BATCH_JOB_EXECUTION", "importRejects");
		assertThat(indexNames(database, "products")).contains("sku_unique", "searchTerms");
	}

	@Test
	void productsThatExistGetTheirSearchTermsSoSearchFindsThemByAnyWord() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_search_terms");
		database.getCollection("products")
			.insertMany(List.of(
					new Document("sku", "ELE-0007").append("name", "27in Monitor")
						.append("description", "An IPS panel, ＨＤＲ ready."),
					new Document("sku", "FUR-0101").append("name", "사무용책상 Pro").append("description", null)));

		new V006ProductSearchTerms(new MongoTemplate(MongoStandInServer.get().client(), database.getName())).apply();

		var products = database.getCollection("products");
		assertThat(products.find(new Document("sku", "ELE-0007")).first().getList("searchTerms", String.class))
			.containsExactly("ele", "0007", "27in", "monitor", "an", "ips", "panel", "hdr", "ready");
		assertThat(products.find(new Document("sku", "FUR-0101")).first().getList("searchTerms", String.class))
			.containsExactly("fur", "0101", "사무용책상", "무용책상", "용책상", "책상", "pro");
		// What search asks: a term starting with the word.
		assertThat(products.countDocuments(new Document("searchTerms", new Document("$regex", "^monit")))).isOne();
		assertThat(products.countDocuments(new Document("searchTerms", new Document("$regex", "^책상")))).isOne();
	}

	@Test
	void productsThatExistGetAnOpeningBalanceSoTheLedgerExplainsTheirUnits() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_opening_balance");
		database.getCollection("products")
			.insertOne(new Document("sku", "STA-0002").append("stockOnHand", 7)
				.append("holds", List.of(new Document("reservationId", "r1").append("quantity", 2))));

		migrate(new MongoTemplate(MongoStandInServer.get().client(), database.getName()));
		migrate(new MongoTemplate(MongoStandInServer.get().client(), database.getName()));

		List<Document> entries = database.getCollection("stock_ledger").find().into(new ArrayList<>());
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.getInteger("onHand")).isEqualTo(7);
			assertThat(entry.getInteger("held")).isEqualTo(2);
			assertThat(entry.getInteger("source")).isEqualTo(9);
		});
		Document product = database.getCollection("products").find().first();
		assertThat(product.getInteger("confirmed")).isZero();
		assertThat(product.getList("pendingEntries", Document.class)).isEmpty();
	}

	@Test
	void aProductWithoutHistoryGetsACreatedEntrySoEveryProductsHistoryStarts() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_product_history");
		java.util.Date created = new java.util.Date(1_700_000_000_000L);
		database.getCollection("products")
			.insertMany(List.of(
					new Document("sku", "STA-0003").append("stockOnHand", 0)
						.append("createdAt", created)
						.append("pendingEntries", List.of()),
					new Document("sku", "STA-0004").append("stockOnHand", 0)
						.append("createdAt", created)
						.append("pendingEntries", List.of())));
		MongoTemplate mongo = new MongoTemplate(MongoStandInServer.get().client(), database.getName());
		// 003 gives both an opening balance; one of them was created since, without
		// stock.
		new V001CatalogCollectionsAndIndexes(mongo).apply();
		new V003StockLedgerAndCommittedReservations(mongo).apply();
		database.getCollection("stock_ledger").deleteOne(new Document("sku", "STA-0004"));

		new V005ProductHistory(mongo).apply();
		new V005ProductHistory(mongo).apply();

		assertThat(database.getCollection("stock_ledger").find().into(new ArrayList<>()))
			.extracting((e) -> e.getString("sku"), (e) -> e.getString("kind"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("STA-0003", "RECEIVED"),
					org.assertj.core.groups.Tuple.tuple("STA-0004", "CREATED"));
		Document entry = database.getCollection("stock_ledger").find(new Document("sku", "STA-0004")).first();
		assertThat(entry.get("at")).isEqualTo(created);
		assertThat(entry.getInteger("source")).isZero();
	}

	@Test
	void theSkuIndexRefusesASecondProductWithTheSameSku() {
		MongoDatabase database = MongoStandInServer.get().freshDatabase("catalog_sku_unique");
		migrate(new MongoTemplate(MongoStandInServer.get().client(), database.getName()));
		var products = database.getCollection("products");

		products.insertOne(new Document("sku", "STA-0001").append("name", "Gel Pen"));

		assertThatThrownBy(() -> products.insertOne(new Document("sku", "STA-0001").append("name", "Another")))
			.hasMessageContaining("duplicate key");
		assertThat(products.countDocuments()).isOne();
	}

	private static void migrate(MongoTemplate mongo) {
		MongockStandalone.builder()
			.setDriver(SpringDataMongoV4Driver.withDefaultLock(mongo))
			.addMigrationScanPackage(V001CatalogCollectionsAndIndexes.class.getPackageName())
			.addDependency(MongoTemplate.class, mongo)
			.setTransactional(false)
			.buildRunner()
			.execute();
	}

	private static List<Document> changeLog(MongoDatabase database) {
		return database.getCollection("mongockChangeLog")
			.find(new Document("type", "EXECUTION").append("author", "catalog"))
			.into(new ArrayList<>());
	}

	private static List<String> indexNames(MongoDatabase database, String collection) {
		return database.getCollection(collection)
			.listIndexes()
			.map((index) -> index.getString("name"))
			.into(new ArrayList<>());
	}

}
