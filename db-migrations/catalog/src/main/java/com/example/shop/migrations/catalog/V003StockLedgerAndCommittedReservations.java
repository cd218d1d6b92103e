package com.example.shop.migrations.catalog;

import java.util.Date;
import java.util.List;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The durable placement saga (issue 12): the per-SKU stock ledger, the products' sold
 * units ({@code confirmed}) and ledger outbox ({@code pendingEntries}), and listing
 * reservations by status (the reconciler asks for COMMITTING ones).
 * <p>
 * Every product that exists already gets one opening entry, so the ledger explains its
 * units from here on: what is on hand and held now came in before the ledger started.
 * Field names are spelled out on purpose (see V001).
 */
@ChangeUnit(id = "v003-stock-ledger-and-committed-reservations", order = "003", author = "catalog")
public class V003StockLedgerAndCommittedReservations {

	static final String LEDGER = "stock_ledger";

	private final MongoTemplate mongo;

	public V003StockLedgerAndCommittedReservations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Execution
	public void apply() {
		if (!this.mongo.collectionExists(LEDGER)) {
			this.mongo.createCollection(LEDGER);
		}
		// Balances and the audit read one SKU's entries.
		this.mongo.indexOps(LEDGER)
			.createIndex(new Index().on("sku", Sort.Direction.ASC).on("at", Sort.Direction.ASC).named("sku_at"));
		// The reconciler's question: COMMITTING reservations older than a grace.
		this.mongo.indexOps(V001CatalogCollectionsAndIndexes.RESERVATIONS)
			.createIndex(new Index().on("status", Sort.Direction.ASC)
				.on("updatedAt", Sort.Direction.ASC)
				.named("status_updatedAt"));
		// The sweeper's question: products whose ledger entries a dead call left.
		this.mongo.indexOps(V001CatalogCollectionsAndIndexes.PRODUCTS)
			.createIndex(new Index().on("pendingEntries._id", Sort.Direction.ASC).sparse().named("pendingEntries"));

		Date now = new Date();
		var products = this.mongo.getCollection(V001CatalogCollectionsAndIndexes.PRODUCTS);
		var ledger = this.mongo.getCollection(LEDGER);
		for (Document product : products.find()) {
			String sku = product.getString("sku");
			if (!product.containsKey("confirmed") || !product.containsKey("pendingEntries")) {
				Document missing = new Document();
				if (!product.containsKey("confirmed")) {
					missing.append("confirmed", 0);
				}
				if (!product.containsKey("pendingEntries")) {
					missing.append("pendingEntries", List.of());
				}
				products.updateOne(new Document("_id", product.get("_id")), new Document("$set", missing));
			}
			if (ledger.find(new Document("sku", sku)).first() != null) {
				continue;
			}
			int onHand = product.getInteger("stockOnHand", 0);
			int held = product.getList("holds", Document.class, List.of())
				.stream()
				.mapToInt((hold) -> hold.getInteger("quantity", 0))
				.sum();
			ledger.insertOne(new Document("_id", "received:opening:" + sku).append("sku", sku)
				.append("kind", "RECEIVED")
				.append("onHand", onHand)
				.append("held", held)
				.append("confirmed", 0)
				.append("source", onHand + held)
				.append("who", "catalog migration 003")
				.append("why", "opening balance when the stock ledger started")
				.append("at", now));
		}
	}

	@RollbackExecution
	public void rollback() {
		if (this.mongo.collectionExists(LEDGER)) {
			this.mongo.dropCollection(LEDGER);
		}
	}

}
