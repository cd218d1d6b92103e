package com.example.shop.catalog.product;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;

import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.domain.FieldViolation;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Products written in bulk by the product import, through the same rules as CreateProduct
 * and UpdateProduct ({@link ProductRules}, the category check), with the same bookkeeping
 * (a new product at version 0 with its id and timestamps; a change bumps the version and
 * {@code updatedAt}, which the change feed follows). A whole chunk of rows costs one
 * query and one bulk write.
 * <p>
 * Without transactions a failed chunk's writes stay, so each write records which run and
 * line made it ({@code importedBy}): a restarted run that meets its own write again
 * counts it as it did the first time instead of as unchanged.
 */
@Service
public class ProductImports {

	private final MongoTemplate mongo;

	private final BusinessClock business;

	private final Actor actor;

	ProductImports(MongoTemplate mongo, BusinessClock business, Actor actor) {
		this.mongo = mongo;
		this.business = business;
		this.actor = actor;
	}

	/** The category codes a row may name (what ListCategories returns). */
	public Set<String> categoryCodes() {
		return this.mongo.findAll(Category.class).stream().map(Category::code).collect(Collectors.toSet());
	}

	/**
	 * Every rule a row breaks, with the rule's own message: the create rules for every
	 * field (a new product needs them all), and the category must exist.
	 */
	public List<FieldViolation> check(ImportedProduct row, Set<String> categories) {
		ProductRules rules = new ProductRules(this.business.currency()).sku("sku", row.sku())
			.draft(row.draft(), ProductDraft.Field.all());
		String category = row.draft().category();
		if (category != null && !category.isBlank() && !categories.contains(category)) {
			rules.add("category", "'%s' is not a category; see ListCategories".formatted(category));
		}
		return rules.violations();
	}

	/**
	 * Inserts the rows whose SKU is new and updates the others, in one bulk write.
	 * @param run the run writing them (its job instance)
	 * @param rows rows that passed {@link #check}, each SKU once
	 * @param receiptKey each row's receipt key ({@link StockReceipts#receive}): a product
	 * the row creates starts with that row's stock, so it remembers the key from its
	 * insert on, and the same line met again (a rerun of the file as another run) adds
	 * nothing
	 * @return each row's outcome, in order
	 */
	public List<Outcome> upsert(long run, List<ImportedProduct> rows, Function<ImportedProduct, String> receiptKey) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Document> existing = new HashMap<>();
		Query bySku = Query.query(where("sku").in(rows.stream().map(ImportedProduct::sku).toList()));
		this.mongo.find(bySku, Document.class, Product.COLLECTION).forEach((d) -> existing.put(d.getString("sku"), d));
		Instant now = this.business.now(ChronoUnit.MILLIS);
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Product.COLLECTION);
		List<Outcome> outcomes = new ArrayList<>();
		List<Integer> conditional = new ArrayList<>();
		// Rows this call inserts, not ones an earlier try of the same chunk did: a chunk
		// whose writes all landed before its run died has nothing left to write.
		int inserts = 0;
		for (ImportedProduct row : rows) {
			Document current = existing.get(row.sku());
			Outcome earlier = (current != null) ? earlierWrite(current, run, row.line()) : null;
			if (earlier != null) {
				outcomes.add(earlier);
			}
			else if (current == null) {
				bulk.insert(newProduct(row, now, run, receiptKey.apply(row)));
				inserts++;
				outcomes.add(Outcome.INSERTED);
			}
			else {
				ProductChanges described = new ProductChanges(this.business.currency());
				Update update = changes(row, current, described);
				if (update == null) {
					outcomes.add(Outcome.UNCHANGED);
				}
				else {
					long version = current.get("version", Number.class).longValue();
					// The edit's history entry, in the same update as the edit (as
					// ProductService's): the writer flushes it into the ledger.
					StockEntry edited = StockEntry
						.edited(row.sku(), version + 1, this.actor.name(),
								"%s (import run %d line %d)".formatted(described.describe(), run, row.line()), now)
						.with(described.changes());
					update.inc("version", 1)
						.set("updatedAt", now)
						.set("importedBy", importedBy(run, row, "UPDATED"))
						.push(StockJournal.PENDING, StockJournal.document(edited));
					bulk.updateOne(Query.query(where("sku").is(row.sku()).and("version").is(version)), update);
					conditional.add(outcomes.size());
					outcomes.add(Outcome.UPDATED);
				}
			}
		}
		if (inserts > 0 || !conditional.isEmpty()) {
			var result = bulk.execute();
			if (result.getMatchedCount() < conditional.size()) {
				// Someone changed a product between our read and our write: find which.
				Set<String> written = new HashSet<>();
				Query mine = Query.query(where("sku").in(conditional.stream().map((i) -> rows.get(i).sku()).toList())
					.and("importedBy.run")
					.is(run));
				this.mongo.find(mine, Document.class, Product.COLLECTION)
					.forEach((d) -> written.add(d.getString("sku")));
				for (int i : conditional) {
					if (!written.contains(rows.get(i).sku())) {
						outcomes.set(i, Outcome.CHANGED_MEANWHILE);
					}
				}
			}
		}
		return outcomes;
	}

	private static Outcome earlierWrite(Document current, long run, long line) {
		if (current.get("importedBy") instanceof Document by && by.get("run") instanceof Number r
				&& r.longValue() == run && by.get("line") instanceof Number l && l.longValue() == line) {
			return Outcome.valueOf(by.getString("outcome"));
		}
		return null;
	}

	private Document newProduct(ImportedProduct row, Instant now, long run, String receiptKey) {
		ProductDraft d = row.draft();
		// The stock a new product starts with is its first ledger entry, written with it
		// (as ProductService.create does), or a zero-unit CREATED entry without stock:
		// its
		// history starts either way. The writer flushes it into the ledger.
		String who = this.actor.name();
		List<StockEntry> opening = List.of((d.stockOnHand() > 0)
				? StockEntry.firstStock(row.sku(), d.stockOnHand(), who,
						"first stock of a new product, import run %d line %d".formatted(run, row.line()), now)
				: StockEntry.created(row.sku(), who,
						"created with no stock on hand, import run %d line %d".formatted(run, row.line()), now));
		Product product = new Product(UUID.randomUUID().toString(), row.sku(), d.name().strip(),
				d.description().strip(), d.category(), d.price().amount().setScale(2, RoundingMode.UNNECESSARY),
				d.attributes(), d.stockOnHand(), List.of(), List.of(), d.active(), 0, now, now, 0, opening);
		Document document = new Document();
		this.mongo.getConverter().write(product, document);
		document.put("importedBy", importedBy(run, row, "INSERTED"));
		document.put(StockReceipts.RECENT, List.of(receiptKey));
		return document;
	}

	/**
	 * The fields of an existing product the row changes, or null if it changes none; each
	 * change described old → new in {@code described}.
	 */
	private Update changes(ImportedProduct row, Document current, ProductChanges described) {
		ProductDraft d = row.draft();
		Update update = new Update();
		boolean changed = false;
		// In the fields' own order, as an edit describes them: the row's set has none.
		for (ProductDraft.Field field : ProductDraft.Field.values()) {
			if (!row.fields().contains(field)) {
				continue;
			}
			Object value = switch (field) {
				case NAME -> d.name().strip();
				case DESCRIPTION -> d.description().strip();
				case CATEGORY -> d.category();
				case PRICE -> d.price().amount().setScale(2, RoundingMode.UNNECESSARY);
				case ATTRIBUTES -> d.attributes();
				case ACTIVE -> d.active();
				// An import's stock is the initial stock of a product it creates, never a
				// change.
				case STOCK_ON_HAND -> null;
			};
			if (value == null) {
				continue;
			}
			String name = (field == ProductDraft.Field.STOCK_ON_HAND) ? "stockOnHand" : field.path();
			Object stored = current.get(name);
			if (!same(value, stored)) {
				update.set(name, value);
				changed = true;
				describe(described, field, stored, value);
			}
		}
		if (changed) {
			// What search finds it by follows its name and description after the change.
			boolean named = row.fields().contains(ProductDraft.Field.NAME);
			boolean redescribed = row.fields().contains(ProductDraft.Field.DESCRIPTION);
			update.set(SearchTerms.FIELD,
					SearchTerms.of(row.sku(), named ? d.name().strip() : current.getString("name"),
							redescribed ? d.description().strip() : current.getString("description")));
		}
		return changed ? update : null;
	}

	private static void describe(ProductChanges described, ProductDraft.Field field, Object stored, Object value) {
		switch (field) {
			case NAME -> described.text("name", (String) stored, (String) value);
			case DESCRIPTION -> described.text("description", (String) stored, (String) value);
			case CATEGORY -> described.code("category", (String) stored, (String) value);
			case PRICE -> described.price(decimal(stored), (java.math.BigDecimal) value);
			case ATTRIBUTES -> described.attributes((stored instanceof Map<?, ?> map) ? stringKeys(map) : Map.of(),
					stringKeys((Map<?, ?>) value));
			case ACTIVE -> described.flag("active", Boolean.TRUE.equals(stored), (Boolean) value);
			case STOCK_ON_HAND -> {
			}
		}
	}

	private static java.math.BigDecimal decimal(Object stored) {
		return (stored instanceof org.bson.types.Decimal128 decimal) ? decimal.bigDecimalValue()
				: (stored instanceof java.math.BigDecimal b) ? b : null;
	}

	private static Map<String, Object> stringKeys(Map<?, ?> map) {
		Map<String, Object> copy = new HashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), value));
		return copy;
	}

	private static boolean same(Object value, Object stored) {
		if (value instanceof java.math.BigDecimal amount) {
			java.math.BigDecimal storedAmount = (stored instanceof org.bson.types.Decimal128 decimal)
					? decimal.bigDecimalValue() : (stored instanceof java.math.BigDecimal b) ? b : null;
			return storedAmount != null && storedAmount.compareTo(amount) == 0;
		}
		if (value instanceof Map<?, ?> map) {
			return (stored instanceof Map<?, ?> storedMap) ? map.equals(new HashMap<>(storedMap)) : map.isEmpty();
		}
		return Objects.equals(value, stored);
	}

	private static Document importedBy(long run, ImportedProduct row, String outcome) {
		return new Document("run", run).append("line", row.line()).append("outcome", outcome);
	}

	/** What became of a row. */
	public enum Outcome {

		/** A new product. */
		INSERTED,
		/** An existing product, changed. */
		UPDATED,
		/** An existing product the row describes as it is. */
		UNCHANGED,
		/** An existing product someone else changed between reading and writing it. */
		CHANGED_MEANWHILE

	}

}
