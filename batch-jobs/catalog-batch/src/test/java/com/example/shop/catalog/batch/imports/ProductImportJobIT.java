package com.example.shop.catalog.batch.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.types.Decimal128;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.catalog.batch.CatalogBatchTest;
import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.migrations.catalog.V001CatalogCollectionsAndIndexes;
import com.example.shop.migrations.catalog.V004BatchCollectionsAndIndexes;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@CatalogBatchTest
class ProductImportJobIT {

	static final String HEADER = "sku,name,category,price,stock,description,active,attr.colour,receive\n";

	@Autowired
	private StockJournal journal;

	@Autowired
	BatchRunner runner;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@TempDir
	Path folder;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.START);
		new V001CatalogCollectionsAndIndexes(this.mongo).apply();
		new V004BatchCollectionsAndIndexes(this.mongo).apply();
		this.mongo.insert(new Document("_id", "STA").append("name", "Stationery"), "categories");
		this.mongo.insert(new Document("_id", "ELE").append("name", "Electronics"), "categories");
	}

	@Test
	void upsertsBySkuThroughTheProductRulesAndReportsEveryRejectedRowBesideTheInput(CapturedOutput output)
			throws IOException {
		existing("STA-0001", "Gel Pen", "1200.00", 10);
		existing("STA-0002", "Pencil", "300.00", 5);
		Path file = file(HEADER //
				+ "STA-0001,Gel Pen,STA,1250.00,99,\"Smooth, quick-drying\",true,blue,\n" // update
																							// (price)
				+ "STA-0002,Pencil,STA,300.00,99,,true,,\n" // unchanged: same fields
															// (stock ignored)
				+ "ELE-0001,\"Cable \"\"USB-C\"\"\nbraided\",ELE,9900.00,40,,false,black,\n" // new,
																								// quoted
				+ "ELE-0002,Charger,FOOD,100.00,1,,true,,\n" // unknown category
				+ "ELE-0003,,ELE,-1,1,,true,,\n" // two rule breaks
				+ "bad sku,Thing,ELE,1.00,1,,true,,\n" // the SKU rule
				+ "ELE-0004,Mouse,ELE,12.345,1,,maybe,,\n" // price scale, active
				+ "ELE-0005,Lamp,ELE,1.00,many,,true,,\n" // stock not a number
				+ "STA-0001,Gel Pen again,STA,1.00,1,,true,,\n" // duplicate
				+ "ELE-0006,Short row,ELE\n"); // too few fields

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isZero();

		Document updated = product("STA-0001");
		assertThat(updated.get("price", Decimal128.class).bigDecimalValue()).isEqualByComparingTo("1250.00");
		assertThat(updated.get("version", Number.class).longValue()).isEqualTo(1);
		assertThat(updated.get("stockOnHand")).isEqualTo(10);
		assertThat(updated.getString("description")).isEqualTo("Smooth, quick-drying");
		// What the catalog's search finds it by follows the new description.
		assertThat(updated.getList("searchTerms", String.class)).containsExactly("sta", "0001", "gel", "pen", "smooth",
				"quick", "drying");
		assertThat(updated.get("updatedAt")).isEqualTo(java.util.Date.from(TestClockConfiguration.START));
		assertThat(product("STA-0002").get("version", Number.class).longValue()).isZero();
		Document created = product("ELE-0001");
		assertThat(created.getString("name")).isEqualTo("Cable \"USB-C\"\nbraided");
		assertThat(created.get("stockOnHand")).isEqualTo(40);
		assertThat(created.getBoolean("active")).isFalse();
		assertThat(created.get("attributes", Document.class)).containsEntry("colour", "black");
		assertThat(created.get("version", Number.class).longValue()).isZero();
		assertThat(created.getList("searchTerms", String.class)).containsExactly("ele", "0001", "cable", "usb", "c",
				"braided");
		assertThat(this.mongo.count(new Query(), "products")).isEqualTo(3);

		List<String> report = Files.readAllLines(file.resolveSibling("products.csv.rejects.csv"));
		assertThat(report).containsExactly("line,sku,reason", //
				"6,ELE-0002,category: 'FOOD' is not a category; see ListCategories",
				"7,ELE-0003,name: is required; price: must not be negative",
				"8,bad sku,\"sku: must be 2 to 40 characters of A-Z, 0-9, '-', '_' or '.', starting with a letter"
						+ " or digit\"",
				"9,ELE-0004,active: must be true or false; price.nanos: must have at most two decimal places",
				"10,ELE-0005,stock: 'many' is not a whole number",
				"11,STA-0001,sku: duplicate of line 2; a SKU may appear once per file",
				"12,ELE-0006,\"the row has 3 fields, the header 9\"");
		assertThat(output).contains("read 10, inserted 1, updated 1, unchanged 1, rejected 7; received 0 units;"
				+ " rejects report: " + file.resolveSibling("products.csv.rejects.csv"));

		// --list reads the execution back from the job repository: the same counts.
		assertThat(this.runner.execute(List.of("--list"))).isZero();
		assertThat(output.toString().lines().filter((line) -> line.matches(" +1  product-import .*")).toList())
			.singleElement()
			.asString()
			.containsPattern(" 10 +3 +7 +[0-9.]+  file=")
			.contains("inserted 1, received 0, rejected 7, unchanged 1, updated 1");
	}

	@Test
	void aWrongHeaderFailsTheJobWithAClearMessageAndChangesNothing(CapturedOutput output) throws IOException {
		existing("STA-0001", "Gel Pen", "1200.00", 10);
		Path file = file("sku,title,category,price,sku\nSTA-0001,Gel Pen,STA,1.00,1\n");

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isEqualTo(BatchRunner.NOT_COMPLETED);

		assertThat(output).contains("The file's header is wrong: 'title' is not a column; 'sku' appears twice;"
				+ " 'name' is missing; 'stock' is missing");
		assertThat(product("STA-0001").get("version", Number.class).longValue()).isZero();
		assertThat(this.mongo.count(new Query(), "products")).isOne();
	}

	@Test
	void receivedUnitsAreLedgerEntriesKeyedByFileAndLineSoARerunAddsNothing(CapturedOutput output) throws IOException {
		existing("STA-0001", "Gel Pen", "1200.00", 10);
		Path file = file("sku,name,category,price,stock,receive\n" //
				+ "STA-0001,Gel Pen,STA,1200.00,0,5\n" //
				+ "STA-0009,Eraser,STA,200.00,7,3\n"); // new: its stock is 7, receive
														// ignored

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isZero();
		assertThat(product("STA-0001").get("stockOnHand")).isEqualTo(15);
		assertThat(product("STA-0009").get("stockOnHand")).isEqualTo(7);
		Document entry = this.mongo
			.findOne(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("sku")
				.is("STA-0001")
				.and("_id")
				.regex("^received:import:")), Document.class, StockEntry.COLLECTION);
		assertThat(entry.getString("_id")).startsWith("received:import:").endsWith(":2");
		assertThat(entry).containsEntry("sku", "STA-0001")
			.containsEntry("kind", "RECEIVED")
			.containsEntry("onHand", 5)
			.containsEntry("source", 5);
		// The new product's stock is its first entry: the ledger explains every unit.
		assertThat(this.journal.audit()).isEmpty();

		// The same file again, even as another run: the same receipts, nothing added.
		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isZero();
		assertThat(output).contains("already completed at");
		assertThat(this.runner.execute(List.of("product-import", "file=" + file, "run=2"))).isZero();
		assertThat(product("STA-0001").get("stockOnHand")).isEqualTo(15);
		assertThat(product("STA-0009").get("stockOnHand")).isEqualTo(7);
		// STA-0001's opening balance, its receipt and STA-0009's first stock.
		assertThat(this.mongo.count(new Query(), StockEntry.COLLECTION)).isEqualTo(3);
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void theImportsChangesAreInTheProductsHistoryNamingTheBatch() throws IOException {
		existing("STA-0001", "Gel Pen", "1200.00", 10);
		this.clock.advance(Duration.ofMinutes(3));
		Path file = file("sku,name,category,price,stock,receive\n" //
				+ "STA-0001,Gel Pen Pro,STA,1250.00,0,5\n" // an edit and a receipt
				+ "STA-0002,Pencil,STA,300.00,0,\n" // new, without stock
				+ "STA-0003,Eraser,STA,200.00,7,\n"); // new, with stock

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isZero();

		Document product = product("STA-0001");
		long version = product.get("version", Number.class).longValue();
		List<Document> entries = this.mongo
			.find(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("kind")
				.in("EDITED", "CREATED", "RECEIVED")
				.and("who")
				.is("catalog-batch")), Document.class, StockEntry.COLLECTION);
		assertThat(entries).extracting((e) -> e.getString("sku"), (e) -> e.getString("kind"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("STA-0001", "EDITED"),
					org.assertj.core.groups.Tuple.tuple("STA-0001", "RECEIVED"),
					org.assertj.core.groups.Tuple.tuple("STA-0002", "CREATED"),
					org.assertj.core.groups.Tuple.tuple("STA-0003", "RECEIVED"));
		Document edited = entries.stream()
			.filter((e) -> e.getString("kind").equals("EDITED"))
			.findFirst()
			.orElseThrow();
		assertThat(edited.getString("why"))
			.startsWith("name \"Gel Pen\" → \"Gel Pen Pro\"; price 1200.00 → 1250.00" + " (import run ")
			.endsWith(" line 2)");
		assertThat(edited.getInteger("onHand")).isZero();
		assertThat(edited.get("at")).isEqualTo(java.util.Date.from(TestClockConfiguration.START.plusSeconds(180)));
		// The edit made version 1; the receipt (an update of its own) version 2.
		assertThat(edited.getString("_id")).isEqualTo("edited:STA-0001:v1");
		assertThat(version).isEqualTo(2);
		assertThat(product.getList("pendingEntries", Document.class)).isEmpty();
		assertThat(product("STA-0002").getList("pendingEntries", Document.class)).isEmpty();
		assertThat(this.journal.audit()).isEmpty();

		// Another run of the same file edits nothing and records nothing more.
		long ledger = this.mongo.count(new Query(), StockEntry.COLLECTION);
		assertThat(this.runner.execute(List.of("product-import", "file=" + file, "run=2"))).isZero();
		assertThat(this.mongo.count(new Query(), StockEntry.COLLECTION)).isEqualTo(ledger);
	}

	@Test
	void theSecondIdenticalRunChangesNothing() throws IOException {
		Path file = file(HEADER + "STA-0001,Gel Pen,STA,1200.00,10,,true,,\n");
		this.runner.execute(List.of("product-import", "file=" + file));
		Document first = product("STA-0001");
		this.clock.advance(Duration.ofHours(1));

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isZero();
		assertThat(this.runner.execute(List.of("product-import", "file=" + file, "run=2"))).isZero();

		assertThat(product("STA-0001")).isEqualTo(first);
	}

	@Test
	void aRunFailedPartWayThenRestartedEndsExactlyAsAnUninterruptedRun(CapturedOutput output) throws IOException {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 30; i++) {
			csv.append("STA-%04d,Product %d,STA,%d.00,%d,,true,,\n".formatted(i, i, 100 + i, i));
			if (i % 7 == 0) {
				csv.append("STA-%04d,Duplicate,STA,1.00,1,,true,,\n".formatted(i - 1));
			}
		}
		Path file = file(csv.toString());
		// The database refuses a write in the middle of the run: a product with the name
		// of row 18 exists
		// under another SKU, and names are unique for now.
		this.mongo.indexOps("products").createIndex(new Index().on("name", Sort.Direction.ASC).unique().named("u"));
		existing("OLD-0001", "Product 18", "1.00", 1);

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isEqualTo(BatchRunner.NOT_COMPLETED);
		assertThat(this.mongo.count(new Query(), "products")).isBetween(13L, 30L);

		this.mongo.remove(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("sku").is("OLD-0001")),
				"products");
		assertThat(this.runner.execute(List.of("--restart"))).isZero();
		var restarted = snapshot();
		String restartedReport = Files.readString(file.resolveSibling("products.csv.rejects.csv"));
		String restartedSummary = lastLineWith(output.toString(), "rejects report:");

		this.mongo.remove(new Query(), "products");
		assertThat(this.runner.execute(List.of("product-import", "file=" + file, "run=2"))).isZero();

		assertThat(snapshot()).isEqualTo(restarted).hasSize(30);
		assertThat(Files.readString(file.resolveSibling("products.csv.rejects.csv"))).isEqualTo(restartedReport)
			.contains("duplicate of line");
		assertThat(lastLineWith(output.toString(), "rejects report:")).isEqualTo(restartedSummary)
			.contains("read 34, inserted 30, updated 0, unchanged 0, rejected 4");
	}

	/**
	 * The run dies after a chunk's products are all written and before the chunk commits,
	 * as a kill -9 would leave it: the restart meets only its own writes in that chunk.
	 */
	@Test
	void aRunThatDiedAfterWritingAChunkWholeRestartsToTheUninterruptedResult(CapturedOutput output) throws IOException {
		Path file = file(HEADER + "STA-0001,Product 1,STA,101.00,1,,true,,\n" //
				+ "STA-0002,Product 2,STA,102.00,0,,true,,\n" //
				+ "STA-0003,Product 3,NOPE,103.00,3,,true,,\n" //
				+ "STA-0004,Product 4,NOPE,104.00,4,,true,,\n" //
				+ "STA-0005,Product 5,STA,105.00,5,,true,,\n");
		// The first chunk's last write fails: its two rejects have the same reason, which
		// an index makes unique. Every product of the chunk is in by then.
		this.mongo.indexOps("importRejects")
			.createIndex(new Index().on("reason", Sort.Direction.ASC).unique().named("u"));

		assertThat(this.runner.execute(List.of("product-import", "file=" + file))).isEqualTo(BatchRunner.NOT_COMPLETED);
		// The first chunk (four rows in these tests) wrote both its products, then
		// failed.
		assertThat(this.mongo.findAll(Document.class, "products")).extracting((d) -> d.get("sku"))
			.containsExactlyInAnyOrder("STA-0001", "STA-0002");

		this.mongo.indexOps("importRejects").dropIndex("u");
		assertThat(this.runner.execute(List.of("--restart"))).isZero();
		var restarted = snapshot();
		String restartedSummary = lastLineWith(output.toString(), "rejects report:");

		this.mongo.remove(new Query(), "products");
		assertThat(this.runner.execute(List.of("product-import", "file=" + file, "run=2"))).isZero();

		assertThat(snapshot()).isEqualTo(restarted).hasSize(3);
		assertThat(lastLineWith(output.toString(), "rejects report:")).isEqualTo(restartedSummary)
			.contains("read 5, inserted 3, updated 0, unchanged 0, rejected 2");
		assertThat(this.journal.audit()).isEmpty();
	}

	private Path file(String content) throws IOException {
		Path file = this.folder.resolve("products.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private void existing(String sku, String name, String price, int stock) {
		this.mongo.insert(new Document("_id", java.util.UUID.randomUUID().toString()).append("sku", sku)
			.append("name", name)
			.append("description", "")
			.append("category", "STA")
			.append("price", new Decimal128(new BigDecimal(price)))
			.append("attributes", new Document())
			.append("stockOnHand", stock)
			.append("holds", List.of())
			.append("restockedBy", List.of())
			.append("active", true)
			.append("version", 0L)
			.append("createdAt", new java.util.Date(0))
			.append("updatedAt", new java.util.Date(0)), "products");
		// Its stock explained by the ledger, as every product's is.
		this.journal.record(
				StockEntry.received("opening:" + sku, sku, stock, "test", "opening balance", java.time.Instant.EPOCH));
	}

	private Document product(String sku) {
		return this.mongo.findOne(
				Query.query(org.springframework.data.mongodb.core.query.Criteria.where("sku").is(sku)), Document.class,
				"products");
	}

	/** Every product without what differs by run (ids, the run that wrote it). */
	private List<Map<String, Object>> snapshot() {
		List<Map<String, Object>> products = new ArrayList<>();
		for (Document d : this.mongo.find(new Query().with(Sort.by("sku")), Document.class, "products")) {
			Map<String, Object> copy = new TreeMap<>(d);
			copy.remove("_id");
			copy.put("importedBy", ((Document) d.get("importedBy")).get("line"));
			products.add(copy);
		}
		return products;
	}

	private static String lastLineWith(String output, String text) {
		return output.lines()
			.filter((l) -> l.contains(text))
			.reduce((a, b) -> b)
			.orElse("")
			.replaceAll("^.*read", "read")
			.replaceAll("rejects report: .*", "");
	}

}
