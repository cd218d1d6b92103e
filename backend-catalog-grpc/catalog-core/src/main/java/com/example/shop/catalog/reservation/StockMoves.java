package com.example.shop.catalog.reservation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.catalog.stock.StockJournal;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The stock moves of reservations, each one atomic update of one product document, made
 * conditional so it can never oversell and never happen twice for the same reservation:
 * the product itself records which reservations hold units of it ({@code holds}) and
 * which confirmed ones were put back ({@code restockedBy}). MongoDB applies each update
 * to a document atomically, so concurrent calls for the same SKU serialize on it.
 * <p>
 * Each move also adds its {@link StockEntry} to the product's {@code pendingEntries} in
 * that same update, so a move and its ledger entry happen together or not at all;
 * {@link StockJournal#flush} then copies the entries into the ledger (the sweeper does it
 * for a call that died first).
 */
@Component
class StockMoves {

	/**
	 * How many restocking reservations a product remembers: far more than a retry needs.
	 */
	static final int RESTOCK_MEMORY = 100;

	private final MongoTemplate mongo;

	private final StockJournal journal;

	StockMoves(MongoTemplate mongo, StockJournal journal) {
		this.mongo = mongo;
		this.journal = journal;
	}

	/** Copies the ledger entries the moves left on these products into the ledger. */
	void journal(Collection<String> skus) {
		for (String sku : skus) {
			this.journal.flush(sku);
		}
	}

	/**
	 * Does the stock moves a reservation's status asks for (each idempotent) and copies
	 * their ledger entries: a confirmed one's units are sold, a released one's go back
	 * (restocked if they had been sold); nothing yet for the others.
	 */
	void forStatus(Reservation reservation, Instant now) {
		String why = (reservation.releaseReason() == Reservation.ReleaseReason.EXPIRED) ? "reservation expired"
				: "released on request";
		for (Reservation.Line line : reservation.lines()) {
			switch (reservation.status()) {
				case CONFIRMED -> settle(line.sku(), reservation.id(), line.quantity(), now);
				case RELEASED -> {
					if (reservation.releasedFrom() == Reservation.Status.CONFIRMED) {
						settle(line.sku(), reservation.id(), line.quantity(), now);
						restock(line.sku(), reservation.id(), line.quantity(), now);
					}
					else {
						giveBack(line.sku(), reservation.id(), line.quantity(), why, now);
					}
				}
				case RESERVING, HELD, COMMITTING -> {
				}
			}
		}
		journal(reservation.lines().stream().map(Reservation.Line::sku).toList());
	}

	/** The products of these SKUs, by SKU; unknown SKUs are left out. */
	Map<String, Product> products(Collection<String> skus) {
		return this.mongo.find(Query.query(where("sku").in(skus)), Product.class)
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
	}

	/** The product of this SKU, or null. */
	Product product(String sku) {
		return this.mongo.findOne(Query.query(where("sku").is(sku)), Product.class);
	}

	/**
	 * Takes units of an active product off stock for a reservation, if there are enough
	 * and the reservation holds none yet.
	 * @return the product after the move, or null if it did not happen (unknown,
	 * inactive, short, or already held by this reservation)
	 */
	Product take(String sku, String reservationId, int quantity, Instant now) {
		Query query = Query.query(where("sku").is(sku)
			.and("active")
			.is(true)
			.and("stockOnHand")
			.gte(quantity)
			.and("holds.reservationId")
			.ne(reservationId));
		Update update = new Update().inc("stockOnHand", -quantity)
			.push("holds", new Product.Hold(reservationId, quantity))
			.push(StockJournal.PENDING, StockEntry.reserved(reservationId, sku, quantity, now))
			.inc("version", 1)
			.set("updatedAt", now);
		return this.mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Product.class);
	}

	/** Puts a reservation's held units back on stock; a no-op if it holds none. */
	boolean giveBack(String sku, String reservationId, int quantity, String why, Instant now) {
		Query query = Query.query(where("sku").is(sku).and("holds.reservationId").is(reservationId));
		Update update = new Update().inc("stockOnHand", quantity)
			.pull("holds", Query.query(where("reservationId").is(reservationId)).getQueryObject())
			.push(StockJournal.PENDING, StockEntry.releasedFromHeld(reservationId, sku, quantity, why, now))
			.inc("version", 1)
			.set("updatedAt", now);
		return this.mongo.updateFirst(query, update, Product.class).getModifiedCount() > 0;
	}

	/**
	 * Turns a confirmed reservation's hold into sold units: they stay off stock for good.
	 */
	boolean settle(String sku, String reservationId, int quantity, Instant now) {
		Query query = Query.query(where("sku").is(sku).and("holds.reservationId").is(reservationId));
		Update update = new Update()
			.pull("holds", Query.query(where("reservationId").is(reservationId)).getQueryObject())
			.inc("confirmed", quantity)
			.push(StockJournal.PENDING, StockEntry.confirmed(reservationId, sku, quantity, now))
			.inc("version", 1)
			.set("updatedAt", now);
		return this.mongo.updateFirst(query, update, Product.class).getModifiedCount() > 0;
	}

	/** Puts a confirmed reservation's units back on stock, once. */
	boolean restock(String sku, String reservationId, int quantity, Instant now) {
		Query query = Query.query(where("sku").is(sku).and("restockedBy").ne(reservationId));
		Update update = new Update().inc("stockOnHand", quantity)
			.inc("confirmed", -quantity)
			.push("restockedBy")
			.slice(-RESTOCK_MEMORY)
			.each(reservationId)
			.push(StockJournal.PENDING, StockEntry.releasedFromConfirmed(reservationId, sku, quantity, now))
			.inc("version", 1)
			.set("updatedAt", now);
		return this.mongo.updateFirst(query, update, Product.class).getModifiedCount() > 0;
	}

}
