package com.example.shop.localrun.catalog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

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

import com.example.shop.localrun.DemoSeeder;
import com.example.shop.localrun.demo.DemoCatalog;
import com.example.shop.localrun.demo.DemoIds;

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

	public CatalogDemoSeeder(String connectionString, Clock clock) {
		this.connectionString = connectionString;
		this.clock = clock;
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
			int newProducts = database.getCollection("products").bulkWrite(products).getUpserts().size();
			return "%d of %d categories and %d of %d products added".formatted(newCategories, categories.size(),
					newProducts, products.size());
		}
	}

	private static Bson insertOnly(DemoCatalog.Product product, Date now) {
		return Updates.combine(Updates.setOnInsert("_id", DemoIds.of("product", product.sku()).toString()),
				Updates.setOnInsert("name", product.name()), Updates.setOnInsert("description", product.description()),
				Updates.setOnInsert("category", product.category()),
				Updates.setOnInsert("price", new Decimal128(product.price())),
				Updates.setOnInsert("attributes", new Document(product.attributes())),
				Updates.setOnInsert("stockOnHand", product.stockOnHand()), Updates.setOnInsert("holds", List.of()),
				Updates.setOnInsert("restockedBy", List.of()), Updates.setOnInsert("active", product.active()),
				Updates.setOnInsert("version", 0L), Updates.setOnInsert("createdAt", now),
				Updates.setOnInsert("updatedAt", now));
	}

}
