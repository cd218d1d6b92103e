package com.example.shop.catalog.product;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bson.Document;

import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.audit.AuditText;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Units received into stock, each a {@code RECEIVED} entry in the stock ledger
 * ({@link StockJournal}) keyed by where it came from, so the same receipt (an import
 * file's line) adds its units once however often it is applied. Written as every stock
 * change is: one conditional update of the product moves its {@code stockOnHand},
 * remembers the key among its recent receipts and appends the entry to its pending
 * entries; the journal then copies the entry into the ledger. A run cut off between the
 * two leaves the entry pending on the product, and the next flush (this class's, or the
 * catalog sweeper's) finishes it; the units are never added twice.
 */
@Service
public class StockReceipts {

	/**
	 * How many receipt keys a product remembers: far more than one run's retries need.
	 */
	static final int RECEIPT_MEMORY = 200;

	/** The field of a product that remembers its last receipt keys. */
	static final String RECENT = "recentReceipts";

	private final MongoTemplate mongo;

	private final StockJournal journal;

	private final BusinessClock business;

	private final Actor actor;

	StockReceipts(MongoTemplate mongo, StockJournal journal, BusinessClock business, Actor actor) {
		this.mongo = mongo;
		this.journal = journal;
		this.business = business;
		this.actor = actor;
	}

	/**
	 * Receives units of an existing product once per key.
	 * @param key where the units come from, unique ({@code import:<file sha-256>:<line>})
	 * @param sku the product
	 * @param quantity units, more than zero
	 * @param why why, for the ledger, naming what applies it (an import run), so a run
	 * that meets its own receipt again after a failure still counts it as its own; the
	 * entry names the {@link Actor} as who received them
	 * @return whether this {@code why} added the units, now or before (false: someone
	 * else did, or there is no such product)
	 */
	public boolean receive(String key, String sku, int quantity, String why) {
		Instant now = this.business.now(ChronoUnit.MILLIS);
		StockEntry entry = StockEntry.received(key, sku, quantity, this.actor.name(), AuditText.oneLine(why), now);
		Update update = new Update().inc("stockOnHand", quantity)
			.push(RECENT)
			.slice(-RECEIPT_MEMORY)
			.each(key)
			.push(StockJournal.PENDING, entry)
			.inc("version", 1)
			.set("updatedAt", now);
		long moved = this.mongo
			.updateFirst(Query.query(where("sku").is(sku).and(RECENT).ne(key)), update, Product.COLLECTION)
			.getModifiedCount();
		this.journal.flush(sku);
		if (moved == 1) {
			return true;
		}
		Document recorded = this.mongo.findById(entry.id(), Document.class, StockEntry.COLLECTION);
		return recorded != null && entry.why().equals(recorded.getString("why"));
	}

}
