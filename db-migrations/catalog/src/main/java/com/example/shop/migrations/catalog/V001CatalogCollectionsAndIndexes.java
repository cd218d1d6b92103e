package com.example.shop.migrations.catalog;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The catalog's three collections and the indexes its queries rely on. Field names are
 * spelled out here on purpose: a migration must keep meaning what it meant when it was
 * applied, whatever the service's classes become.
 */
@ChangeUnit(id = "v001-catalog-collections-and-indexes", order = "001", author = "catalog")
public class V001CatalogCollectionsAndIndexes {

	static final String PRODUCTS = "products";

	static final String CATEGORIES = "categories";

	static final String RESERVATIONS = "reservations";

	private final MongoTemplate mongo;

	public V001CatalogCollectionsAndIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Execution
	public void apply() {
		for (String collection : new String[] { PRODUCTS, CATEGORIES, RESERVATIONS }) {
			if (!this.mongo.collectionExists(collection)) {
				this.mongo.createCollection(collection);
			}
		}
		IndexOperations products = this.mongo.indexOps(PRODUCTS);
		// The natural key: lookups, batch gets, reservations, and the duplicate check.
		products.createIndex(new Index().on("sku", Sort.Direction.ASC).unique().named("sku_unique"));
		// The change feed polls by updatedAt, also for writes that bypass the service.
		products.createIndex(new Index().on("updatedAt", Sort.Direction.ASC).named("updatedAt"));
		// Search by category (sorted by SKU by default) and the low-stock list.
		products.createIndex(
				new Index().on("category", Sort.Direction.ASC).on("sku", Sort.Direction.ASC).named("category_sku"));
		products.createIndex(new Index().on("stockOnHand", Sort.Direction.ASC).named("stockOnHand"));
		// Case-insensitive prefix search scans this index rather than the documents.
		products.createIndex(new Index().on("name", Sort.Direction.ASC).named("name"));

		IndexOperations reservations = this.mongo.indexOps(RESERVATIONS);
		// The sweeper: reservations held past their expiry, and ones whose stock moves
		// are unfinished.
		reservations.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("expiresAt", Sort.Direction.ASC)
			.named("status_expiresAt"));
		reservations.createIndex(new Index().on("settled", Sort.Direction.ASC)
			.on("updatedAt", Sort.Direction.ASC)
			.named("settled_updatedAt"));
	}

	@RollbackExecution
	public void rollback() {
		for (String name : new String[] { "sku_unique", "updatedAt", "category_sku", "stockOnHand", "name" }) {
			dropIndexIfPresent(PRODUCTS, name);
		}
		for (String name : new String[] { "status_expiresAt", "settled_updatedAt" }) {
			dropIndexIfPresent(RESERVATIONS, name);
		}
	}

	private void dropIndexIfPresent(String collection, String name) {
		boolean present = this.mongo.getCollection(collection)
			.listIndexes()
			.into(new java.util.ArrayList<Document>())
			.stream()
			.anyMatch((index) -> name.equals(index.getString("name")));
		if (present) {
			this.mongo.indexOps(collection).dropIndex(name);
		}
	}

}
