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
 * The audit trail (issue 11): a product's history is its stock-ledger entries of the
 * kinds that say who changed it (CREATED, EDITED, RECEIVED, COUNTED, ADJUSTED), newest
 * first, so the ledger gets an index on SKU, kind and time that answers that without
 * reading the product's reservation moves.
 * <p>
 * Every product's history starts with its creation: a product that exists already with no
 * such entry (created without stock since the ledger started) gets a zero-unit CREATED
 * entry at its {@code createdAt}. Field names are spelled out (see V001).
 */
@ChangeUnit(id = "v005-product-history", order = "005", author = "catalog")
public class V005ProductHistory {

	static final List<String> HISTORY = List.of("CREATED", "EDITED", "RECEIVED", "COUNTED", "ADJUSTED");

	private final MongoTemplate mongo;

	public V005ProductHistory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Execution
	public void apply() {
		if (!this.mongo.collectionExists(V003StockLedgerAndCommittedReservations.LEDGER)) {
			this.mongo.createCollection(V003StockLedgerAndCommittedReservations.LEDGER);
		}
		this.mongo.indexOps(V003StockLedgerAndCommittedReservations.LEDGER)
			.createIndex(new Index().on("sku", Sort.Direction.ASC)
				.on("kind", Sort.Direction.ASC)
				.on("at", Sort.Direction.DESC)
				.named("sku_kind_at"));

		var products = this.mongo.getCollection(V001CatalogCollectionsAndIndexes.PRODUCTS);
		var ledger = this.mongo.getCollection(V003StockLedgerAndCommittedReservations.LEDGER);
		for (Document product : products.find()) {
			String sku = product.getString("sku");
			boolean pending = product.getList("pendingEntries", Document.class, List.of())
				.stream()
				.anyMatch((entry) -> HISTORY.contains(entry.getString("kind")));
			if (sku == null || pending
					|| ledger.find(new Document("sku", sku).append("kind", new Document("$in", HISTORY)))
						.first() != null) {
				continue;
			}
			Date at = (product.get("createdAt") instanceof Date created) ? created : new Date();
			ledger.insertOne(new Document("_id", "created:" + sku).append("sku", sku)
				.append("kind", "CREATED")
				.append("onHand", 0)
				.append("held", 0)
				.append("confirmed", 0)
				.append("source", 0)
				.append("who", "catalog migration 005")
				.append("why", "created before the product history started")
				.append("at", at));
		}
	}

	@RollbackExecution
	public void rollback() {
		// The index and the entries are kept: the history is the audit trail.
	}

}
