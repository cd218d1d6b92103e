package com.example.shop.catalog.product;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.audit.AuditText;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Products and categories: reading, searching, creating and changing them. Stock moves of
 * reservations live in the reservation feature.
 */
@Service
public class ProductService {

	public static final int MAX_BATCH = 200;

	/** A product's history: how many entries by default, and at most. */
	public static final int DEFAULT_HISTORY = 50;

	public static final int MAX_HISTORY = 100;

	private final MongoTemplate mongo;

	private final BusinessClock business;

	private final StockJournal journal;

	private final Actor actor;

	ProductService(MongoTemplate mongo, BusinessClock business, StockJournal journal, Actor actor) {
		this.mongo = mongo;
		this.business = business;
		this.journal = journal;
		this.actor = actor;
	}

	/**
	 * @throws DomainRefusal.NotFound if no product has this SKU
	 */
	public Product get(String sku) {
		if (sku == null || sku.isEmpty()) {
			throw new DomainRefusal.Invalid("sku", "is required");
		}
		Product product = this.mongo.findOne(Query.query(where("sku").is(sku)), Product.class);
		if (product == null) {
			throw notFound(sku);
		}
		return product;
	}

	/**
	 * The products of these SKUs in one query.
	 * @param skus 1 to {@link #MAX_BATCH} SKUs; duplicates are answered once
	 * @return the products in the order of their first request, and the SKUs unknown
	 */
	public Batch batchGet(List<String> skus) {
		if (skus.isEmpty() || skus.size() > MAX_BATCH) {
			throw new DomainRefusal.Invalid("skus", "must list 1 to %d SKUs".formatted(MAX_BATCH));
		}
		for (int i = 0; i < skus.size(); i++) {
			if (skus.get(i).isEmpty()) {
				throw new DomainRefusal.Invalid("skus[%d]".formatted(i), "must not be empty");
			}
		}
		Set<String> wanted = new LinkedHashSet<>(skus);
		Map<String, Product> found = this.mongo.find(Query.query(where("sku").in(wanted)), Product.class)
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
		List<Product> products = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String sku : wanted) {
			Product product = found.get(sku);
			if (product != null) {
				products.add(product);
			}
			else {
				missing.add(sku);
			}
		}
		return new Batch(products, missing);
	}

	/**
	 * One page of the products matching every filter.
	 * @param search the filters, page and order
	 * @param maxTime how long the database may spend, from the caller's deadline; null
	 * for no limit
	 */
	public Page search(ProductSearch search, Duration maxTime) {
		int pageSize = (search.pageSize() == 0) ? ProductSearch.DEFAULT_PAGE_SIZE : search.pageSize();
		ProductRules rules = new ProductRules(this.business.currency());
		if (search.page() < 0) {
			rules.add("page", "must be 0 or more");
		}
		if (pageSize < 1 || pageSize > ProductSearch.MAX_PAGE_SIZE) {
			rules.add("page_size", "must be between 1 and %d".formatted(ProductSearch.MAX_PAGE_SIZE));
		}
		if (search.query() != null && search.query().length() > ProductSearch.MAX_QUERY_LENGTH) {
			rules.add("query", "must be at most %d characters".formatted(ProductSearch.MAX_QUERY_LENGTH));
		}
		if (search.maxStockOnHand() != null && search.maxStockOnHand() < 0) {
			rules.add("max_stock_on_hand", "must be 0 or more");
		}
		rules.check();

		List<Criteria> filters = new ArrayList<>();
		boolean text = search.query() != null && !search.query().isBlank();
		List<String> words = text ? SearchTerms.queryWords(search.query()) : List.of();
		if (text && words.isEmpty()) {
			// Nothing searchable in it (only punctuation): nothing matches.
			return new Page(List.of(), 0, search.page(), pageSize);
		}
		for (String word : words) {
			// Each word starts one of the product's stored, lower-cased terms: an
			// anchored, case-sensitive prefix, which MongoDB answers from the searchTerms
			// index as a key range (the stand-in, which lacks $text, answers it alike).
			filters.add(where(SearchTerms.FIELD).regex("^" + escapeRegex(word)));
		}
		if (search.category() != null && !search.category().isBlank()) {
			filters.add(where("category").is(search.category()));
		}
		if (search.activeOnly()) {
			filters.add(where("active").is(true));
		}
		if (search.maxStockOnHand() != null) {
			filters.add(where("stockOnHand").lte(search.maxStockOnHand()));
		}
		Criteria criteria = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
		ProductSearch.SortField sortBy = (search.sortBy() != null) ? search.sortBy()
				: ProductSearch.SortField.RELEVANCE;
		if (sortBy == ProductSearch.SortField.RELEVANCE) {
			if (text) {
				return ranked(criteria, new Relevance(search.query(), words), search.page(), pageSize, maxTime);
			}
			sortBy = ProductSearch.SortField.SKU;
		}
		Sort.Direction direction = search.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		Sort sort = Sort.by(direction, sortBy.field());
		if (sortBy != ProductSearch.SortField.SKU) {
			sort = sort.and(Sort.by(Sort.Direction.ASC, "sku"));
		}
		Query query = Query.query(criteria).with(sort).skip((long) search.page() * pageSize).limit(pageSize);
		Query count = Query.query(criteria);
		if (maxTime != null) {
			query.maxTime(maxTime);
			count.maxTime(maxTime);
		}
		List<Product> items = this.mongo.find(query, Product.class);
		long total = this.mongo.count(count, Product.class);
		return new Page(items, total, search.page(), pageSize);
	}

	/**
	 * Best matches first: up to {@link ProductSearch#MAX_RANKED} matching products (SKU
	 * and name only, by name) are ranked here, then the page's products are read whole.
	 * The total is the number ranked, so a query matching more than that many shows the
	 * best of the first ones by name and asks for a narrower query.
	 */
	private Page ranked(Criteria criteria, Relevance relevance, int page, int pageSize, Duration maxTime) {
		Query candidates = Query.query(criteria)
			.with(Sort.by(Sort.Direction.ASC, "name", "sku"))
			.limit(ProductSearch.MAX_RANKED);
		candidates.fields().include("sku", "name");
		if (maxTime != null) {
			candidates.maxTime(maxTime);
		}
		List<String> order = relevance.rank(this.mongo.find(candidates, Document.class, Product.COLLECTION));
		int from = (int) Math.min((long) page * pageSize, order.size());
		List<String> skus = order.subList(from, Math.min(from + pageSize, order.size()));
		if (skus.isEmpty()) {
			return new Page(List.of(), order.size(), page, pageSize);
		}
		Query products = Query.query(where("sku").in(skus));
		if (maxTime != null) {
			products.maxTime(maxTime);
		}
		Map<String, Product> found = this.mongo.find(products, Product.class)
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
		List<Product> items = skus.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
		return new Page(items, order.size(), page, pageSize);
	}

	/** Every category with its product count, by name. */
	public List<Category.Counted> categories() {
		Map<String, Integer> counts = new HashMap<>();
		this.mongo
			.aggregate(Aggregation.newAggregation(Aggregation.group("category").count().as("count")),
					Product.COLLECTION, Document.class)
			.forEach((row) -> counts.put(row.getString("_id"), ((Number) row.get("count")).intValue()));
		return this.mongo.findAll(Category.class)
			.stream()
			.sorted(Comparator.comparing(Category::name).thenComparing(Category::code))
			.map((category) -> new Category.Counted(category, counts.getOrDefault(category.code(), 0)))
			.toList();
	}

	/**
	 * Adds a product at version 0.
	 * @throws DomainRefusal.Invalid for bad fields or an unknown category
	 * @throws CatalogRefusal.AlreadyExists if the SKU is taken
	 */
	public Product create(String sku, ProductDraft draft) {
		ProductRules rules = new ProductRules(this.business.currency()).sku("sku", sku)
			.draft(draft, ProductDraft.Field.all());
		checkCategory(rules, draft.category());
		rules.check();
		Instant now = now();
		// Its history starts with the creation, in the same insert: the first stock
		// received, or a zero-unit entry for a product without stock.
		String who = this.actor.name();
		List<StockEntry> opening = List.of((draft.stockOnHand() > 0)
				? StockEntry.firstStock(sku, draft.stockOnHand(), who, "first stock of a new product", now)
				: StockEntry.created(sku, who, created(draft), now));
		Product product = new Product(UUID.randomUUID().toString(), sku, draft.name().strip(),
				draft.description().strip(), draft.category(),
				draft.price().amount().setScale(2, RoundingMode.UNNECESSARY), draft.attributes(), draft.stockOnHand(),
				List.of(), List.of(), draft.active(), 0, now, now, 0, opening);
		try {
			Product created = this.mongo.insert(product);
			this.journal.flush(sku);
			return created;
		}
		catch (DuplicateKeyException ex) {
			throw new CatalogRefusal.AlreadyExists(ProblemType.SKU_ALREADY_EXISTS, "Product", sku,
					"A product with SKU %s exists already".formatted(sku));
		}
	}

	/**
	 * Changes the named fields if the product is still at {@code version}.
	 * @throws DomainRefusal.NotFound if there is no such product
	 * @throws DomainRefusal.StaleVersion if the product is no longer at {@code version}
	 */
	public Product update(String sku, long version, Set<ProductDraft.Field> fields, ProductDraft draft) {
		return update(sku, version, fields, draft, null);
	}

	/**
	 * Changes the named fields if the product is still at {@code version}; a change of
	 * the stock on hand is an adjustment in the stock ledger with {@code stockReason}.
	 * @throws DomainRefusal.NotFound if there is no such product
	 * @throws DomainRefusal.StaleVersion if the product is no longer at {@code version}
	 */
	public Product update(String sku, long version, Set<ProductDraft.Field> fields, ProductDraft draft,
			String stockReason) {
		ProductRules rules = new ProductRules(this.business.currency()).draft(draft, fields);
		if (sku == null || sku.isEmpty()) {
			rules.add("sku", "is required");
		}
		if (version < 0) {
			rules.add("version", "must be 0 or more");
		}
		if (fields.contains(ProductDraft.Field.CATEGORY)) {
			checkCategory(rules, draft.category());
		}
		rules.check();
		Instant now = now();
		// What changes, and the adjustment of the stock, are the differences to the
		// product at the version the edit is based on; the update below applies only at
		// that version, so both are exact. The edit's history entries go into the same
		// update: no edit without its entry, no entry without its edit.
		Product current = get(sku);
		if (current.version() != version) {
			throw staleVersion(sku, version, current.version());
		}
		String who = this.actor.name();
		List<StockEntry> entries = new ArrayList<>();
		if (fields.contains(ProductDraft.Field.STOCK_ON_HAND)) {
			int delta = draft.stockOnHand() - current.stockOnHand();
			if (delta != 0) {
				entries.add(StockEntry
					.adjusted(sku + ":v" + (version + 1), sku, delta, who,
							AuditText.oneLine((stockReason != null && !stockReason.isBlank()) ? stockReason.strip()
									: "stock on hand edited"),
							now)
					.with(List.of(AuditChange.number(StockEntry.STOCK, (long) current.stockOnHand(),
							(long) draft.stockOnHand(), StockEntry.UNITS))));
			}
		}
		ProductChanges changes = changes(current, fields, draft);
		if (changes.changed() || entries.isEmpty()) {
			// A save that changes nothing is recorded too: it moved the version on.
			entries.add(StockEntry.edited(sku, version + 1, who, changes.describe(), now).with(changes.changes()));
		}
		Update update = new Update().inc("version", 1)
			.set("updatedAt", now)
			.push(StockJournal.PENDING)
			.each(entries.stream().map(StockJournal::document).toArray());
		// What search finds it by follows the name and description it has after the
		// edit (and is repaired if a writer that bypassed the service left it out).
		update.set(SearchTerms.FIELD, SearchTerms.of(sku,
				fields.contains(ProductDraft.Field.NAME) ? draft.name().strip() : current.name(),
				fields.contains(ProductDraft.Field.DESCRIPTION) ? draft.description().strip() : current.description()));
		for (ProductDraft.Field field : fields) {
			switch (field) {
				case NAME -> update.set("name", draft.name().strip());
				case DESCRIPTION -> update.set("description", draft.description().strip());
				case CATEGORY -> update.set("category", draft.category());
				case PRICE -> update.set("price", draft.price().amount().setScale(2, RoundingMode.UNNECESSARY));
				case ATTRIBUTES -> update.set("attributes", draft.attributes());
				case STOCK_ON_HAND -> update.set("stockOnHand", draft.stockOnHand());
				case ACTIVE -> update.set("active", draft.active());
			}
		}
		Product updated = this.mongo.findAndModify(Query.query(where("sku").is(sku).and("version").is(version)), update,
				FindAndModifyOptions.options().returnNew(true), Product.class);
		if (updated == null) {
			throw staleVersion(sku, version, get(sku).version());
		}
		this.journal.flush(sku);
		return updated;
	}

	/** The fields of {@code current} the edit changes, old → new. */
	private ProductChanges changes(Product current, Set<ProductDraft.Field> fields, ProductDraft draft) {
		ProductChanges changes = new ProductChanges(this.business.currency());
		for (ProductDraft.Field field : ProductDraft.Field.values()) {
			if (!fields.contains(field)) {
				continue;
			}
			switch (field) {
				case NAME -> changes.text("name", current.name(), draft.name().strip());
				case DESCRIPTION -> changes.text("description", current.description(), draft.description().strip());
				case CATEGORY -> changes.code("category", current.category(), draft.category());
				case PRICE -> changes.price(current.price(), draft.price().amount());
				case ATTRIBUTES -> changes.attributes(current.attributes(), draft.attributes());
				case ACTIVE -> changes.flag("active", current.active(), draft.active());
				// An adjustment of its own, with its reason.
				case STOCK_ON_HAND -> {
				}
			}
		}
		return changes;
	}

	/** What a product's CREATED entry says about it. */
	private String created(ProductDraft draft) {
		return "created \"%s\" in %s at %s %s, no stock on hand".formatted(ProductChanges.excerpt(draft.name().strip()),
				draft.category(), draft.price().amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
				this.business.currency().getCurrencyCode());
	}

	/**
	 * Who changed a product, what and when, newest first: its creation, its edits and its
	 * stock changes from outside ({@link StockEntry#HISTORY}), not the moves of
	 * reservations. Entries still pending on the product (written with their change, not
	 * yet copied into the ledger) are included.
	 * @param sku the product
	 * @param pageSize 1 to {@link #MAX_HISTORY}; 0 for {@link #DEFAULT_HISTORY}
	 * @param maxTime how long the database may spend; null for no limit
	 * @throws DomainRefusal.Invalid for a missing SKU or a page size out of range
	 * @throws DomainRefusal.NotFound if no product has this SKU
	 */
	public List<HistoryEntry> history(String sku, int pageSize, Duration maxTime) {
		int size = (pageSize == 0) ? DEFAULT_HISTORY : pageSize;
		ProductRules rules = new ProductRules(this.business.currency());
		if (sku == null || sku.isEmpty()) {
			rules.add("sku", "is required");
		}
		if (size < 1 || size > MAX_HISTORY) {
			rules.add("page_size", "must be between 1 and %d".formatted(MAX_HISTORY));
		}
		rules.check();
		Query product = Query.query(where("sku").is(sku));
		Query recorded = Query
			.query(where("sku").is(sku).and("kind").in(StockEntry.HISTORY.stream().map(Enum::name).toList()))
			.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
			.limit(size);
		if (maxTime != null) {
			product.maxTime(maxTime);
			recorded.maxTime(maxTime);
		}
		Product found = this.mongo.findOne(product, Product.class);
		if (found == null) {
			throw notFound(sku);
		}
		Map<String, StockEntry> entries = new HashMap<>();
		this.mongo.find(recorded, StockEntry.class).forEach((entry) -> entries.put(entry.id(), entry));
		found.pendingEntries()
			.stream()
			.filter((entry) -> StockEntry.HISTORY.contains(entry.kind()))
			.forEach((entry) -> entries.putIfAbsent(entry.id(), entry));
		return entries.values()
			.stream()
			.sorted(Comparator.comparing(StockEntry::at).thenComparing(StockEntry::id).reversed())
			.limit(size)
			.map(HistoryEntry::of)
			.toList();
	}

	/** ABORTED with the versions, as the catalog's clients read them. */
	static DomainRefusal.StaleVersion staleVersion(String sku, long expected, long current) {
		return new DomainRefusal.StaleVersion(ProblemType.VERSION_CONFLICT, "Product", sku, expected, current, Map
			.of("sku", sku, "expected_version", Long.toString(expected), "current_version", Long.toString(current)));
	}

	static DomainRefusal.NotFound notFound(String sku) {
		return new DomainRefusal.NotFound(ProblemType.PRODUCT_NOT_FOUND, "Product", sku,
				"Product %s was not found".formatted(sku), Map.of("sku", sku));
	}

	private void checkCategory(ProductRules rules, String category) {
		if (category != null && !category.isBlank()
				&& !this.mongo.exists(Query.query(where("_id").is(category)), Category.class)) {
			rules.add("category", "'%s' is not a category; see ListCategories".formatted(category));
		}
	}

	private Instant now() {
		// Stored with millisecond precision; answer with what a later read returns.
		return this.business.now(ChronoUnit.MILLIS);
	}

	static String escapeRegex(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if ("\\^$.|?*+()[]{}-/#".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/**
	 * One change of a product, as its history shows it.
	 *
	 * @param at when
	 * @param actor who made it
	 * @param action what happened: the entry's kind ({@code EDITED}, {@code RECEIVED},
	 * ...)
	 * @param detail one line: the changed fields old → new, or for stock the units and
	 * why ({@code stock on hand -3 (damaged)})
	 * @param changes what changed, field by field ({@link StockEntry#changes()}): empty
	 * for a save that changed nothing, {@code null} for an entry recorded before entries
	 * kept them (and for stock received by an import or a delivery), which only its
	 * detail describes
	 */
	public record HistoryEntry(Instant at, String actor, String action, String detail, List<AuditChange> changes) {

		static HistoryEntry of(StockEntry entry) {
			String detail = (entry.kind().stock())
					? "stock on hand %+d (%s)".formatted(entry.source(), (entry.why() != null) ? entry.why() : "")
					: entry.why();
			return new HistoryEntry(entry.at(), entry.who(), entry.kind().name(), AuditText.oneLine(detail),
					entry.changes());
		}

	}

	/**
	 * Products found by SKU and the SKUs that name none.
	 *
	 * @param products the products in request order
	 * @param missing the unknown SKUs in request order
	 */
	public record Batch(List<Product> products, List<String> missing) {
	}

	/**
	 * One page of search results.
	 *
	 * @param items the products of this page
	 * @param total how many match in all
	 * @param page the 0-based page
	 * @param pageSize the page size used
	 */
	public record Page(List<Product> items, long total, int page, int pageSize) {
	}

}
