package com.example.shop.migrations.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Search by words anywhere (issue 15): each product stores {@code searchTerms}, the
 * lower-cased words of its SKU, name and description (and, for words with Hangul, their
 * endings from each Hangul syllable on, two characters or more), and search asks for
 * terms starting with each query word, an anchored prefix that MongoDB answers from this
 * multikey index as a key range. ({@code $text} would be the other way; the stand-in
 * lacks it, and it cannot match the start of a word.)
 * <p>
 * The service writes the terms with every change from now on; this unit gives the
 * products that exist already theirs. The rule is spelled out here, as field names are
 * (see V001): it is catalog-core's {@code SearchTerms} as of this unit. A later change of
 * that rule needs a unit of its own that writes the terms again.
 */
@ChangeUnit(id = "v006-product-search-terms", order = "006", author = "catalog")
public class V006ProductSearchTerms {

	static final String FIELD = "searchTerms";

	private static final int MAX_TERM_LENGTH = 40;

	private static final int MAX_TERMS = 300;

	private static final int BATCH = 500;

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final MongoTemplate mongo;

	public V006ProductSearchTerms(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Execution
	public void apply() {
		if (!this.mongo.collectionExists(V001CatalogCollectionsAndIndexes.PRODUCTS)) {
			this.mongo.createCollection(V001CatalogCollectionsAndIndexes.PRODUCTS);
		}
		this.mongo.indexOps(V001CatalogCollectionsAndIndexes.PRODUCTS)
			.createIndex(new Index().on(FIELD, Sort.Direction.ASC).named(FIELD));
		var products = this.mongo.getCollection(V001CatalogCollectionsAndIndexes.PRODUCTS);
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (Document product : products.find()
			.projection(Projections.include("sku", "name", "description"))
			.batchSize(BATCH)) {
			writes.add(new UpdateOneModel<>(Filters.eq("_id", product.get("_id")), Updates.set(FIELD,
					terms(product.getString("sku"), product.getString("name"), product.getString("description")))));
			if (writes.size() == BATCH) {
				products.bulkWrite(writes);
				writes.clear();
			}
		}
		if (!writes.isEmpty()) {
			products.bulkWrite(writes);
		}
	}

	@RollbackExecution
	public void rollback() {
		// Kept: the service writes and reads the terms; they cost nothing left behind.
	}

	/**
	 * The terms of a product, by the rule as of this unit.
	 * @param sku the SKU
	 * @param name the name
	 * @param description the description
	 * @return distinct terms, SKU and name first
	 */
	public static List<String> terms(String sku, String name, String description) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : new String[] { sku, name, description }) {
			if (text == null || text.isBlank()) {
				continue;
			}
			for (String word : SEPARATORS
				.split(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))) {
				if (word.isEmpty()) {
					continue;
				}
				if (terms.size() >= MAX_TERMS) {
					return List.copyOf(terms);
				}
				String term = (word.length() > MAX_TERM_LENGTH) ? word.substring(0, MAX_TERM_LENGTH) : word;
				terms.add(term);
				for (int i = 1; i < term.length() - 1; i++) {
					if (Character.UnicodeScript.of(term.charAt(i)) == Character.UnicodeScript.HANGUL) {
						terms.add(term.substring(i));
					}
				}
			}
		}
		return List.copyOf(terms);
	}

}
