package com.example.shop.catalog.batch.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.catalog.batch.CatalogBatchApplication;
import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.migrations.catalog.V001CatalogCollectionsAndIndexes;
import com.example.shop.migrations.catalog.V004BatchCollectionsAndIndexes;
import com.example.shop.testsupport.mongo.MongoStandInServer;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * {@code ./run-benchmark.sh batch}, catalog half: the product import of a generated CSV
 * file (new products), in rows per second, next to the raw ceiling of the same database
 * on the same data in the same run: unordered bulk inserts of the same product documents,
 * 1,000 at a time, into the same (emptied) collection with the same indexes. The database
 * is the in-process MongoDB stand-in the local run uses. Arguments: [rows=200000].
 */
public final class ProductImportBenchmark {

	private ProductImportBenchmark() {
	}

	public static void main(String[] args) {
		// The in-process Mongo stand-in's threads would keep the JVM alive either way.
		try {
			run(args);
			System.exit(0);
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(String[] args) throws IOException {
		int rows = (args.length > 0) ? Integer.parseInt(args[0].replace("rows=", "")) : 200_000;
		String uri = MongoStandInServer.get().connectionString("catalog_benchmark");
		MongoStandInServer.get().freshDatabase("catalog_benchmark");
		ConfigurableApplicationContext context = new SpringApplication(CatalogBatchApplication.class).run(
				"--spring.mongodb.uri=" + uri, "--app.batch.command-line=false",
				"--logging.level.com.example.shop=WARN", "--logging.level.de.bwaldvogel=ERROR",
				"--app.batch.progress-interval=1h",
				// test-support on the class path brings JDBC; this application has no SQL
				// database.
				"--spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
		try {
			MongoTemplate mongo = context.getBean(MongoTemplate.class);
			new V001CatalogCollectionsAndIndexes(mongo).apply();
			new V004BatchCollectionsAndIndexes(mongo).apply();
			mongo.insert(new Document("_id", "BEN").append("name", "Benchmark"), "categories");
			BatchRunner runner = context.getBean(BatchRunner.class);
			Path folder = Files.createDirectories(Path.of("target/benchmark"));

			// Warm-up: the same path on a small file, then emptied.
			runner.execute(List.of("product-import", "file=" + csv(folder.resolve("warmup.csv"), 5_000, "WRM")));
			mongo.remove(new Query(), Product.COLLECTION);

			Path file = csv(folder.resolve("products.csv"), rows, "BEN");
			long started = System.nanoTime();
			int exit = runner.execute(List.of("product-import", "file=" + file));
			double importSeconds = (System.nanoTime() - started) / 1e9;
			long imported = mongo.count(new Query(), Product.COLLECTION);
			if (exit != 0 || imported != rows) {
				throw new IllegalStateException(
						"The import did not complete: exit %d, %d products".formatted(exit, imported));
			}

			mongo.remove(new Query(), Product.COLLECTION);
			List<Document> documents = documents(mongo, rows);
			started = System.nanoTime();
			for (int i = 0; i < documents.size(); i += 1000) {
				mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Product.COLLECTION)
					.insert(documents.subList(i, Math.min(i + 1000, documents.size())))
					.execute();
			}
			double ceilingSeconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT, "RESULT catalog product-import|%d rows (new products)|%.2f|%.0f|%.0f|%s%n",
					rows, importSeconds, rows / importSeconds, rows / ceilingSeconds,
					"bulk insert of the same documents, 1,000 a batch");
		}
		finally {
			context.close();
		}
	}

	private static Path csv(Path file, int rows, String prefix) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("sku,name,category,price,stock,description,active,attr.colour\n");
			for (int i = 1; i <= rows; i++) {
				out.write("%s-%07d,\"Benchmark product %d, size M\",BEN,%d.50,%d,A product made for measuring,true,%s\n"
					.formatted(prefix, i, i, 1000 + (i % 5000), i % 100, (i % 2 == 0) ? "red" : "blue"));
			}
		}
		return file;
	}

	/**
	 * The documents the import writes for the same rows, as the catalog stores products.
	 */
	private static List<Document> documents(MongoTemplate mongo, int rows) {
		List<Document> documents = new ArrayList<>(rows);
		Instant now = Instant.now();
		for (int i = 1; i <= rows; i++) {
			Product product = new Product(UUID.randomUUID().toString(), "BEN-%07d".formatted(i),
					"Benchmark product %d, size M".formatted(i), "A product made for measuring", "BEN",
					new BigDecimal((1000 + (i % 5000)) + ".50"), Map.of("colour", (i % 2 == 0) ? "red" : "blue"),
					i % 100, List.of(), List.of(), true, 0, now, now, 0,
					// The new product's first stock, as the import writes it.
					(i % 100 > 0) ? List.of(StockEntry.received("created:BEN-%07d".formatted(i),
							"BEN-%07d".formatted(i), i % 100, "benchmark", "first stock", now)) : List.of());
			Document document = new Document();
			mongo.getConverter().write(product, document);
			documents.add(document);
		}
		return documents;
	}

}
