package com.example.shop.catalog.history;

import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The rows a product-import run rejected ({@code importRejects}), keyed by run and line
 * so a restarted run stores a reject once: the import writes its rejects report from
 * them, and the catalog service serves a finished run's report for download.
 */
@Repository
public class ImportRejects {

	public static final String COLLECTION = "importRejects";

	/** The report's header. */
	public static final String HEADER = "line,sku,reason";

	private final MongoTemplate mongo;

	ImportRejects(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores rejects of a run, replacing any the run stored for the same lines. */
	public void store(long run, List<Reject> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		for (Reject reject : rejects) {
			bulk.upsert(Query.query(where("_id").is(run + ":" + reject.line())),
					new Update().set("run", run)
						.set("line", reject.line())
						.set("sku", reject.sku())
						.set("reason", reject.reason()));
		}
		bulk.execute();
	}

	/** How many rows a run rejected. */
	public long count(long run) {
		return this.mongo.count(Query.query(where("run").is(run)), COLLECTION);
	}

	/** A run's rejects by line, one at a time (a report may be long). */
	public void forEach(long run, Consumer<Reject> each) {
		Query query = Query.query(where("run").is(run)).with(Sort.by("line"));
		this.mongo.stream(query, Document.class, COLLECTION)
			.forEach((d) -> each
				.accept(new Reject(((Number) d.get("line")).longValue(), d.getString("sku"), d.getString("reason"))));
	}

	/** A reject as one line of the report (RFC 4180 quoting). */
	public static String csvLine(Reject reject) {
		return reject.line() + "," + quoted(reject.sku()) + "," + quoted(reject.reason());
	}

	private static String quoted(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/**
	 * One rejected row.
	 *
	 * @param line the row's first line in the file
	 * @param sku its SKU as written (may be blank)
	 * @param reason why, in the rule's own words
	 */
	public record Reject(long line, String sku, String reason) {
	}

}
