package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.example.shop.catalog.stock.StockEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A product as stored in the {@code products} collection. Writers other than this service
 * (the import job, the demo seeder) write the same fields and must set {@code updatedAt}
 * on every change, so the change stream sees them.
 *
 * @param id a UUID string
 * @param sku the unique, immutable SKU
 * @param name the display name
 * @param description free text
 * @param category the category code
 * @param price the unit price in the business currency (Decimal128)
 * @param attributes free-form attributes
 * @param stockOnHand units that can still be reserved
 * @param holds the units each unconfirmed reservation holds (already off stockOnHand)
 * @param restockedBy the last reservations whose confirmed units were put back, so a
 * repeated restock is a no-op
 * @param active whether it can be reserved
 * @param version grows by one with every change
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param confirmed units sold: confirmed reservations not released since
 * @param pendingEntries stock changes made to this document whose ledger entries are not
 * yet in the ledger (see {@code StockJournal})
 * @param searchTerms what search finds it by: always {@link SearchTerms#of} its SKU, name
 * and description, whatever is passed or stored, so every write of the whole document
 * stores them right (writes of single fields set them too)
 */
@Document(Product.COLLECTION)
public record Product(@Id String id, String sku, String name, String description, String category, BigDecimal price,
		Map<String, String> attributes, int stockOnHand, List<Hold> holds, List<String> restockedBy, boolean active,
		long version, Instant createdAt, Instant updatedAt, int confirmed, List<StockEntry> pendingEntries,
		List<String> searchTerms) {

	public static final String COLLECTION = "products";

	@PersistenceCreator
	public Product {
		description = (description != null) ? description : "";
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
		holds = (holds != null) ? List.copyOf(holds) : List.of();
		restockedBy = (restockedBy != null) ? List.copyOf(restockedBy) : List.of();
		pendingEntries = (pendingEntries != null) ? List.copyOf(pendingEntries) : List.of();
		searchTerms = SearchTerms.of(sku, name, description);
	}

	/** A product; its search terms follow from its SKU, name and description. */
	public Product(String id, String sku, String name, String description, String category, BigDecimal price,
			Map<String, String> attributes, int stockOnHand, List<Hold> holds, List<String> restockedBy, boolean active,
			long version, Instant createdAt, Instant updatedAt, int confirmed, List<StockEntry> pendingEntries) {
		this(id, sku, name, description, category, price, attributes, stockOnHand, holds, restockedBy, active, version,
				createdAt, updatedAt, confirmed, pendingEntries, null);
	}

	/** Units held by unconfirmed reservations. */
	public int reserved() {
		return this.holds.stream().mapToInt(Hold::quantity).sum();
	}

	/**
	 * Units one reservation holds of this product.
	 *
	 * @param reservationId the reservation
	 * @param quantity the units
	 */
	public record Hold(String reservationId, int quantity) {
	}

}
