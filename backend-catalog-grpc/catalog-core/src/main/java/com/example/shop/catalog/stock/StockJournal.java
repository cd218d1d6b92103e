package com.example.shop.catalog.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.example.shop.support.audit.AuditChange;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The per-SKU stock ledger ({@code stock_ledger}). MongoDB here has no multi-document
 * transaction (the stand-in none at all), so a stock change is written as one atomic
 * update of its product document that both moves the counters and appends the change's
 * {@link StockEntry} to the product's {@link #PENDING} list (an outbox inside the
 * document). {@link #flush} then copies pending entries into the ledger (an insert keyed
 * by the entry's id, so a repeat keeps one) and removes them from the product. A flush
 * cut short is finished by the next one: the catalog's sweeper runs
 * {@link #flushPending}. So at every quiet moment the ledger holds every change, and each
 * product's counters equal the sums of its entries ({@link #audit}).
 * <p>
 * Writers other than the service (the demo seeder, the import job) write the same shape:
 * entries in the product's {@code pendingEntries} or straight into the ledger with the
 * counters they change.
 */
@Component
public class StockJournal {

	/** The product document's list of entries not yet in the ledger. */
	public static final String PENDING = "pendingEntries";

	private static final String PRODUCTS = "products";

	private final MongoTemplate mongo;

	StockJournal(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Copies one product's pending entries into the ledger and removes them from it.
	 * Idempotent; safe to run concurrently with stock moves and other flushes.
	 */
	public void flush(String sku) {
		Document product = this.mongo.getCollection(PRODUCTS)
			.find(new Document("sku", sku))
			.projection(new Document(PENDING, 1))
			.first();
		if (product == null) {
			return;
		}
		for (Document entry : product.getList(PENDING, Document.class, List.of())) {
			try {
				this.mongo.getCollection(StockEntry.COLLECTION).insertOne(new Document(entry));
			}
			catch (com.mongodb.MongoWriteException duplicate) {
				if (duplicate.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
					throw duplicate;
				}
			}
			catch (DuplicateKeyException alreadyThere) {
				// Written by an earlier flush that was cut short before it removed it.
			}
			this.mongo.updateFirst(Query.query(where("sku").is(sku)),
					new Update().pull(PENDING, new Document("_id", entry.get("_id"))), PRODUCTS);
		}
	}

	/**
	 * {@link #flush(String)} for many products at once (an import's chunk): one read, one
	 * unordered insert of their pending entries (a repeat keeps one), one update that
	 * removes what was copied. Idempotent, as the single flush is.
	 */
	public void flush(java.util.Collection<String> skus) {
		if (skus.isEmpty()) {
			return;
		}
		List<Document> entries = new ArrayList<>();
		// By SKU alone, and the products without pending entries skipped here: real
		// MongoDB serves either form from the SKU index, but the stand-in uses an index
		// only for a query on exactly its fields and scans the collection for any other.
		this.mongo.getCollection(PRODUCTS)
			.find(new Document("sku", new Document("$in", List.copyOf(skus))))
			.projection(new Document(PENDING, 1))
			.forEach((product) -> entries.addAll(product.getList(PENDING, Document.class, List.of())));
		if (entries.isEmpty()) {
			return;
		}
		try {
			this.mongo.getCollection(StockEntry.COLLECTION)
				.insertMany(entries.stream().map(Document::new).toList(),
						new com.mongodb.client.model.InsertManyOptions().ordered(false));
		}
		catch (com.mongodb.MongoBulkWriteException ex) {
			if (ex.getWriteErrors()
				.stream()
				.anyMatch((error) -> com.mongodb.ErrorCategory
					.fromErrorCode(error.getCode()) != com.mongodb.ErrorCategory.DUPLICATE_KEY)) {
				throw ex;
			}
			// Some were written by an earlier flush cut short before it removed them.
		}
		this.mongo.updateMulti(Query.query(where("sku").in(skus)),
				new Update().pull(PENDING,
						new Document("_id", new Document("$in", entries.stream().map((e) -> e.get("_id")).toList()))),
				PRODUCTS);
	}

	/**
	 * Flushes at most {@code limit} products whose entries an interrupted call left.
	 * @return how many products were flushed
	 */
	public int flushPending(int limit) {
		List<String> skus = new ArrayList<>();
		this.mongo.getCollection(PRODUCTS)
			.find(new Document(PENDING + ".0", new Document("$exists", true)))
			.projection(new Document("sku", 1))
			.limit(limit)
			.forEach((product) -> skus.add(product.getString("sku")));
		skus.forEach(this::flush);
		return skus.size();
	}

	/**
	 * An entry as the product's {@link #PENDING} list and the ledger keep it, for an
	 * update that pushes several at once.
	 */
	public static Document document(StockEntry entry) {
		Document document = new Document("_id", entry.id()).append("sku", entry.sku())
			.append("kind", entry.kind().name())
			.append("onHand", entry.onHand())
			.append("held", entry.held())
			.append("confirmed", entry.confirmed())
			.append("source", entry.source())
			.append("reservationId", entry.reservationId())
			.append("who", entry.who())
			.append("why", entry.why())
			.append("at", (entry.at() != null) ? java.util.Date.from(entry.at()) : null);
		if (entry.changes() != null) {
			// As the mapping writes a StockEntry's: a subdocument per change, without
			// its unset values; an entry recorded before has no such field.
			document.append("changes", entry.changes().stream().map(StockJournal::change).toList());
		}
		return document;
	}

	private static Document change(AuditChange change) {
		Document document = new Document("field", change.field()).append("kind", change.kind().name());
		putSet(document, "before", change.before());
		putSet(document, "after", change.after());
		putSet(document, "currency", change.currency());
		putSet(document, "unit", change.unit());
		return document;
	}

	private static void putSet(Document document, String key, String value) {
		if (value != null) {
			document.append(key, value);
		}
	}

	/** Records units that came in from outside straight into the ledger, once per key. */
	public void record(StockEntry entry) {
		try {
			this.mongo.insert(entry);
		}
		catch (DuplicateKeyException alreadyRecorded) {
			// The same cause recorded before: the ledger keeps one.
		}
	}

	/** The sums of one SKU's entries in the ledger. */
	public Balance balance(String sku) {
		return balances(new Document("sku", sku)).getOrDefault(sku, Balance.ZERO);
	}

	/**
	 * Every product whose counters the ledger does not explain, with what each says;
	 * empty when all is well. Meant for quiet moments (no stock move in flight): an entry
	 * still pending on its product counts as written.
	 */
	public List<Discrepancy> audit() {
		Map<String, Balance> ledger = balances(new Document());
		List<Discrepancy> discrepancies = new ArrayList<>();
		for (Document product : this.mongo.getCollection(PRODUCTS).find()) {
			String sku = product.getString("sku");
			Balance recorded = ledger.getOrDefault(sku, Balance.ZERO);
			for (Document pending : product.getList(PENDING, Document.class, List.of())) {
				if (!this.mongo.exists(Query.query(where("_id").is(pending.get("_id"))), StockEntry.COLLECTION)) {
					recorded = recorded.plus(Balance.of(pending));
				}
			}
			int held = product.getList("holds", Document.class, List.of())
				.stream()
				.mapToInt((hold) -> hold.getInteger("quantity", 0))
				.sum();
			Balance counters = new Balance(product.getInteger("stockOnHand", 0), held,
					product.getInteger("confirmed", 0),
					product.getInteger("stockOnHand", 0) + held + product.getInteger("confirmed", 0));
			if (!counters.equals(recorded)) {
				discrepancies.add(new Discrepancy(sku, counters, recorded));
			}
		}
		return discrepancies;
	}

	private Map<String, Balance> balances(Document filter) {
		Map<String, Balance> sums = new HashMap<>();
		for (Document entry : this.mongo.getCollection(StockEntry.COLLECTION).find(filter)) {
			sums.merge(entry.getString("sku"), Balance.of(entry), Balance::plus);
		}
		return sums;
	}

	/**
	 * Units on hand, held and confirmed, and the units that came in from outside.
	 *
	 * @param onHand units that can be reserved
	 * @param held units held by unconfirmed reservations
	 * @param confirmed units sold
	 * @param source units received, counted and adjusted in
	 */
	public record Balance(int onHand, int held, int confirmed, int source) {

		static final Balance ZERO = new Balance(0, 0, 0, 0);

		static Balance of(Document entry) {
			return new Balance(entry.getInteger("onHand", 0), entry.getInteger("held", 0),
					entry.getInteger("confirmed", 0), entry.getInteger("source", 0));
		}

		Balance plus(Balance other) {
			return new Balance(this.onHand + other.onHand, this.held + other.held, this.confirmed + other.confirmed,
					this.source + other.source);
		}

	}

	/**
	 * A product whose counters the ledger does not explain.
	 *
	 * @param sku the SKU
	 * @param counters what the product document says (its {@code source} is the sum of
	 * the three)
	 * @param ledger what the ledger's entries add up to
	 */
	public record Discrepancy(String sku, Balance counters, Balance ledger) {
	}

}
