package com.example.shop.catalog.product;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bson.Document;

import com.example.shop.support.BusinessClock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Units received into stock, each an entry in the stock ledger ({@code stockLedger}, kind
 * {@code RECEIVED}, with who and why) keyed by where it came from, so the same receipt
 * (an import file's line) adds its units once however often it is applied. Without
 * transactions the entry and the stock change are two writes: the entry is recorded first
 * (not yet applied), the product's stock then moves only if the product does not remember
 * the key among its recent receipts, and the entry is marked applied; a run cut off
 * between any two of these finishes the receipt the next time, never doubles it.
 * <p>
 * The ledger holds only receipts so far; on hand is still the product's
 * {@code stockOnHand} (the reservations' moves keep it, see {@code StockLedger}).
 */
@Service
public class StockReceipts {

	public static final String LEDGER = "stockLedger";

	/**
	 * How many receipt keys a product remembers: far more than one run's retries need.
	 */
	static final int RECEIPT_MEMORY = 200;

	private final MongoTemplate mongo;

	private final BusinessClock business;

	StockReceipts(MongoTemplate mongo, BusinessClock business) {
		this.mongo = mongo;
		this.business = business;
	}

	/**
	 * Records the stock a new product starts with, keyed like a receipt, so a later
	 * receipt of the same key (the same file's line, imported again) adds nothing. The
	 * product already carries the stock: only the ledger entry is written.
	 */
	public void counted(String key, String sku, int quantity, String who, String why, String by) {
		try {
			this.mongo.insert(new Document("_id", key).append("sku", sku)
				.append("kind", "COUNTED")
				.append("quantity", quantity)
				.append("who", who)
				.append("why", why)
				.append("at", Date.from(this.business.now(ChronoUnit.MILLIS)))
				.append("by", by)
				.append("applied", true), LEDGER);
		}
		catch (DuplicateKeyException ex) {
			// Recorded before (a restarted run): nothing to add.
		}
	}

	/**
	 * Receives units of an existing product once per key.
	 * @param key where the units come from, unique ({@code import:<file sha-256>:<line>})
	 * @param sku the product
	 * @param quantity units, more than zero
	 * @param who who received them
	 * @param why why, for the ledger
	 * @param by what applies it (an import run), so a run that meets its own receipt
	 * again after a failure still counts it as its own
	 * @return whether {@code by} added the units, now or before (false: someone else did)
	 */
	public boolean receive(String key, String sku, int quantity, String who, String why, String by) {
		Instant now = this.business.now(ChronoUnit.MILLIS);
		try {
			this.mongo.insert(new Document("_id", key).append("sku", sku)
				.append("kind", "RECEIVED")
				.append("quantity", quantity)
				.append("who", who)
				.append("why", why)
				.append("at", Date.from(now))
				.append("by", by)
				.append("applied", false), LEDGER);
		}
		catch (DuplicateKeyException ex) {
			Document entry = this.mongo.findById(key, Document.class, LEDGER);
			if (entry != null && Boolean.TRUE.equals(entry.getBoolean("applied"))) {
				return by.equals(entry.getString("by"));
			}
		}
		Update update = new Update().inc("stockOnHand", quantity)
			.push("recentReceipts")
			.slice(-RECEIPT_MEMORY)
			.each(key)
			.inc("version", 1)
			.set("updatedAt", now);
		this.mongo.updateFirst(Query.query(where("sku").is(sku).and("recentReceipts").ne(key)), update,
				Product.COLLECTION);
		Document entry = this.mongo.findAndModify(Query.query(where("_id").is(key)), Update.update("applied", true),
				Document.class, LEDGER);
		return entry != null && by.equals(entry.getString("by"));
	}

}
