package com.example.shop.catalog.stock;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.audit.AuditText;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One stock change of one SKU, as the {@code stock_ledger} collection keeps it: what
 * moved between on hand, held and confirmed, and what came in from outside (received,
 * counted, adjusted). A product's {@code stockOnHand}, its holds and {@code confirmed}
 * are the sums of its entries, and for every entry
 * {@code onHand + held + confirmed == source}, so at every quiet moment
 * {@code on hand + held + confirmed = received + counted + adjusted}.
 * <p>
 * The id names what caused the change (the reservation and SKU, the product version, the
 * import file and line), so writing the same entry twice keeps one. A reservation's moves
 * add a unique suffix: the move itself happens once (its product update is conditional),
 * but the same reservation may move the same SKU again (a reservation undone when its
 * caller gave up, then made again by the retry), and each move is an entry of its own.
 *
 * @param id the entry's id, derived from its cause
 * @param sku the SKU
 * @param kind what happened
 * @param onHand the change of the units on hand (reservable)
 * @param held the change of the units held by unconfirmed reservations
 * @param confirmed the change of the units sold (confirmed reservations)
 * @param source the units that came in from outside (received, counted, adjusted); zero
 * for moves between on hand, held and confirmed
 * @param reservationId the reservation that moved the units, if one did
 * @param who who or what made the change
 * @param why why, in words
 * @param at when
 * @param changes what an entry a product's history shows changed, field by field (a
 * subdocument list: the edited fields, the stock before and after an adjustment), for
 * clients to show in their user's language; {@code null} for an entry recorded before
 * entries kept them, and for reservations' moves
 */
@Document(StockEntry.COLLECTION)
public record StockEntry(@Id String id, String sku, Kind kind, int onHand, int held, int confirmed, int source,
		String reservationId, String who, String why, Instant at, List<AuditChange> changes) {

	public static final String COLLECTION = "stock_ledger";

	/** The field a stock change names in its {@code changes}. */
	public static final String STOCK = "stock";

	/** The unit of the stock on hand. */
	public static final String UNITS = "units";

	/** Who changes stock for reservations. */
	public static final String RESERVATIONS = "catalog reservations";

	/** What a stock change was. */
	public enum Kind {

		/**
		 * Units came in (a new product's first stock, a delivery, an import's receive
		 * column).
		 */
		RECEIVED,
		/** A stock count set the units on hand. */
		COUNTED,
		/** Someone changed the units on hand by hand, with a reason. */
		ADJUSTED,
		/** A reservation took units off stock: on hand to held. */
		RESERVED,
		/** A reservation's units were sold: held to confirmed. */
		CONFIRMED,
		/** A reservation's units went back on stock: held or confirmed to on hand. */
		RELEASED,
		/**
		 * A product's fields were edited (name, price, ...): no units move; {@code why}
		 * lists each changed field old → new. Written in the same update as the edit.
		 */
		EDITED,
		/**
		 * A product was created without stock: no units move; its history starts here
		 * (one created with stock starts with its {@code RECEIVED} entry instead).
		 */
		CREATED;

		/** Whether the kind moves units from outside (its history shows the units). */
		public boolean stock() {
			return this == RECEIVED || this == COUNTED || this == ADJUSTED;
		}

	}

	/**
	 * The kinds a product's history shows (who changed it, from outside): not the moves
	 * of reservations, which the orders' audit explains.
	 */
	public static final Set<Kind> HISTORY = Collections
		.unmodifiableSet(EnumSet.of(Kind.CREATED, Kind.EDITED, Kind.RECEIVED, Kind.COUNTED, Kind.ADJUSTED));

	/** Units received from outside, keyed by what received them. */
	public static StockEntry received(String key, String sku, int quantity, String who, String why, Instant at) {
		return new StockEntry("received:" + key, sku, Kind.RECEIVED, quantity, 0, 0, quantity, null, who, why, at,
				null);
	}

	/** A new product's first stock, its changes the units on hand it starts with. */
	public static StockEntry firstStock(String sku, int quantity, String who, String why, Instant at) {
		return received("created:" + sku, sku, quantity, who, why, at)
			.with(List.of(AuditChange.number(STOCK, null, (long) quantity, UNITS)));
	}

	/** Units on hand changed by hand, keyed by what changed them. */
	public static StockEntry adjusted(String key, String sku, int delta, String who, String why, Instant at) {
		return new StockEntry("adjusted:" + key, sku, Kind.ADJUSTED, delta, 0, 0, delta, null, who, why, at, null);
	}

	/** The entry with its {@code changes}. */
	public StockEntry with(List<AuditChange> changes) {
		return new StockEntry(this.id, this.sku, this.kind, this.onHand, this.held, this.confirmed, this.source,
				this.reservationId, this.who, this.why, this.at, (changes != null) ? List.copyOf(changes) : null);
	}

	/**
	 * A product's fields edited, keyed by the version the edit made: no units move.
	 * @param sku the product
	 * @param version the product's version after the edit
	 * @param who who edited it
	 * @param why the changed fields old → new (fitted by {@link AuditText#oneLine})
	 * @param at when (the product's new {@code updatedAt})
	 */
	public static StockEntry edited(String sku, long version, String who, String why, Instant at) {
		return new StockEntry("edited:" + sku + ":v" + version, sku, Kind.EDITED, 0, 0, 0, 0, null, who,
				AuditText.oneLine(why), at, null);
	}

	/** A product created without stock: its history's first entry; no units move. */
	public static StockEntry created(String sku, String who, String why, Instant at) {
		return new StockEntry("created:" + sku, sku, Kind.CREATED, 0, 0, 0, 0, null, who, AuditText.oneLine(why), at,
				null);
	}

	/** A suffix that makes each move's entry its own. */
	private static String once() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A reservation takes units off stock. */
	public static StockEntry reserved(String reservationId, String sku, int quantity, Instant at) {
		return new StockEntry("reserved:" + reservationId + ":" + sku + ":" + once(), sku, Kind.RESERVED, -quantity,
				quantity, 0, 0, reservationId, RESERVATIONS, "reserved for placement " + reservationId, at, null);
	}

	/** A reservation's held units are sold. */
	public static StockEntry confirmed(String reservationId, String sku, int quantity, Instant at) {
		return new StockEntry("confirmed:" + reservationId + ":" + sku + ":" + once(), sku, Kind.CONFIRMED, 0,
				-quantity, quantity, 0, reservationId, RESERVATIONS, "order placed", at, null);
	}

	/** A reservation's held units go back on stock. */
	public static StockEntry releasedFromHeld(String reservationId, String sku, int quantity, String why, Instant at) {
		return new StockEntry("released:" + reservationId + ":" + sku + ":" + once(), sku, Kind.RELEASED, quantity,
				-quantity, 0, 0, reservationId, RESERVATIONS, why, at, null);
	}

	/** A confirmed reservation's units go back on stock (a cancelled order). */
	public static StockEntry releasedFromConfirmed(String reservationId, String sku, int quantity, Instant at) {
		return new StockEntry("restocked:" + reservationId + ":" + sku + ":" + once(), sku, Kind.RELEASED, quantity, 0,
				-quantity, 0, reservationId, RESERVATIONS, "order cancelled", at, null);
	}

}
