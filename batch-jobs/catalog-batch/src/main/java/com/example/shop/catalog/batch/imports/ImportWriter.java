package com.example.shop.catalog.batch.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import org.bson.Document;

import com.example.shop.batch.support.ExecutionSummary;
import com.example.shop.catalog.history.ImportRejects;
import com.example.shop.catalog.product.ImportedProduct;
import com.example.shop.catalog.product.ProductImports;
import com.example.shop.catalog.product.StockReceipts;
import com.example.shop.catalog.stock.StockJournal;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes a chunk of checked rows: refuses a SKU the file named on an earlier line (the
 * run's first line for each SKU is claimed in {@code importSkus}), upserts the rest
 * through catalog-core in one bulk write, receives the {@code receive} units of existing
 * products through the stock ledger (keyed by the file's digest and the line), stores the
 * rejects, and keeps the counts in the step's context. Every write is idempotent, so a
 * chunk written again after a failure changes nothing twice.
 */
record ImportWriter(MongoTemplate mongo, ProductImports imports, StockReceipts receipts, StockJournal journal,
		ImportRejects rejects, StepExecution step, String fileKey, String fileName) implements ItemWriter<ImportRow> {

	static final String CLAIMS = "importSkus";

	@Override
	public void write(Chunk<? extends ImportRow> chunk) {
		long run = this.step.getJobExecution().getJobInstance().getInstanceId();
		List<ImportRejects.Reject> rejected = new ArrayList<>();
		Set<String> written = new HashSet<>();
		Map<String, Long> firstLine = claim(run, chunk.getItems());
		List<ImportedProduct> accepted = new ArrayList<>();
		for (ImportRow row : chunk) {
			Long first = (row.sku().isEmpty()) ? null : firstLine.get(row.sku());
			if (first != null && first != row.line()) {
				rejected.add(new ImportRejects.Reject(row.line(), row.sku(),
						"sku: duplicate of line %d; a SKU may appear once per file".formatted(first)));
			}
			else if (row instanceof ImportRow.Rejected r) {
				rejected.add(r.reject());
			}
			else if (row instanceof ImportRow.Accepted a) {
				accepted.add(a.product());
			}
		}
		List<ProductImports.Outcome> outcomes = this.imports.upsert(run, accepted, this::receiptKey);
		Map<String, Long> counts = new LinkedHashMap<>();
		long received = 0;
		for (int i = 0; i < accepted.size(); i++) {
			ImportedProduct product = accepted.get(i);
			ProductImports.Outcome outcome = outcomes.get(i);
			if (outcome == ProductImports.Outcome.CHANGED_MEANWHILE) {
				rejected.add(new ImportRejects.Reject(product.line(), product.sku(),
						"the product changed while the file was imported; import the file again"));
				continue;
			}
			counts.merge(outcome.name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
			if (outcome == ProductImports.Outcome.UPDATED) {
				// Its EDITED history entry, pending on the product since the update.
				written.add(product.sku());
			}
			if (outcome == ProductImports.Outcome.INSERTED) {
				// A product the file creates starts with its stock column (its first
				// ledger entry, pending on it since the insert); the line's receipt is
				// used up by it, remembered from the insert on.
				written.add(product.sku());
			}
			else if (product.receive() > 0
					&& this.receipts.receive(receiptKey(product), product.sku(), product.receive(),
							"received, %s line %d, import run %d".formatted(this.fileName, product.line(), run))) {
				received += product.receive();
			}
		}
		this.journal.flush(written);
		this.rejects.store(run, rejected);
		counts.put("rejected", (long) rejected.size());
		counts.put("received", received);
		var context = this.step.getExecutionContext();
		counts.forEach((name, n) -> context.putLong(ExecutionSummary.COUNT_PREFIX + name,
				context.getLong(ExecutionSummary.COUNT_PREFIX + name, 0) + n));
	}

	/** Where a line's units come from: the file's digest and the line. */
	private String receiptKey(ImportedProduct product) {
		return "import:%s:%d".formatted(this.fileKey, product.line());
	}

	/**
	 * The first line of each SKU in this run, claiming it for the rows that come first: a
	 * row whose claim names another line is a duplicate. Claims survive a restart, so the
	 * first line stays the first.
	 */
	private Map<String, Long> claim(long run, List<? extends ImportRow> rows) {
		Map<String, Long> first = new HashMap<>();
		List<Document> claims = new ArrayList<>();
		for (ImportRow row : rows) {
			if (!row.sku().isEmpty() && first.putIfAbsent(row.sku(), row.line()) == null) {
				claims.add(new Document("_id", run + ":" + row.sku()).append("line", row.line()));
			}
		}
		if (claims.isEmpty()) {
			return first;
		}
		Set<String> taken = new HashSet<>();
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CLAIMS).insert(claims).execute();
		}
		catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException ex) {
			claims.forEach((c) -> taken.add(c.getString("_id")));
		}
		catch (RuntimeException ex) {
			if (!(ex.getCause() instanceof MongoBulkWriteException)) {
				throw ex;
			}
			claims.forEach((c) -> taken.add(c.getString("_id")));
		}
		if (!taken.isEmpty()) {
			this.mongo.find(Query.query(where("_id").in(taken)), Document.class, CLAIMS).forEach((claim) -> {
				String sku = claim.getString("_id").substring(Long.toString(run).length() + 1);
				first.put(sku, ((Number) claim.get("line")).longValue());
			});
		}
		return first;
	}

}
