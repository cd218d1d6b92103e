package com.example.shop.catalog.product;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.google.protobuf.FieldMask;
import com.google.rpc.BadRequest;
import com.google.rpc.ResourceInfo;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.stock.StockEntry;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.GetProductHistoryRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.HistoryChange;
import com.example.shop.catalog.v1.HistoryEntry;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

import static com.example.shop.catalog.CatalogFixtures.detail;
import static com.example.shop.catalog.CatalogFixtures.edit;
import static com.example.shop.catalog.CatalogFixtures.failure;
import static com.example.shop.catalog.CatalogFixtures.krw;
import static com.example.shop.catalog.CatalogFixtures.newProduct;
import static com.example.shop.catalog.CatalogFixtures.product;
import static com.example.shop.catalog.CatalogFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The audit trail of products (issue 11): every edit is an EDITED entry in the stock
 * ledger, written in the same update as the edit, naming the token's subject; creation
 * and stock changes from outside are there too; reservation moves are not; a refused edit
 * records nothing; whoever reads the product reads it.
 */
class ProductHistoryGrpcIT extends CatalogGrpcTest {

	@Autowired
	StockJournal journal;

	@Autowired
	GrpcChannelFactory channels;

	private ManagedChannel channel;

	/** An admin through the UI whose name is not the fixture's "admin". */
	private CatalogServiceGrpc.CatalogServiceBlockingStub kim;

	@BeforeEach
	void aProductAndAnAdminNamedKim() {
		product(this.mongo, this.clock, "STA-0001", "Gel Pen Standard", "stationery", "1500.00", 120, true);
		this.channel = this.channels.createChannel("catalog");
		this.kim = as(TestIssuer.get().token("kim").azp(TestIssuer.BFF_CLIENT).roles("ADMIN").sign());
	}

	@AfterEach
	void closeTheChannel() {
		this.channel.shutdownNow();
	}

	@Test
	void anEditIsRecordedWithWhoDidItEachChangedFieldOldToNewAndTheProductsUpdatedAt() {
		this.clock.advance(Duration.ofMinutes(5));
		var updated = this.kim.updateProduct(
				edit("STA-0001", 0, "name", "price", "active", "attributes", "description").setName("Gel Pen Deluxe")
					.setPrice(krw(1600, 0))
					.setActive(false)
					.putAttributes("brand", "Hanul")
					.putAttributes("colour", "blue")
					.setDescription("Gel Pen Standard for the office")
					.build());

		HistoryEntry newest = history("STA-0001", 0).getFirst();
		assertThat(newest.getActor()).isEqualTo("kim");
		assertThat(newest.getAction()).isEqualTo("EDITED");
		assertThat(newest.getDetail())
			.isEqualTo("name \"Gel Pen Standard\" → \"Gel Pen Deluxe\"; price 1500.00 → 1600.00;"
					+ " attribute colour (none) → \"blue\"; active true → false");
		assertThat(newest.getAt()).isEqualTo(updated.getUpdatedAt());
		// The entry reached the ledger, and zero units change no sum.
		assertThat(this.mongo.findById("edited:STA-0001:v1", StockEntry.class)).isNotNull();
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void anEditOfStockAndNameRecordsTheAdjustmentWithItsUnitsAndReasonAndTheEdit() {
		this.clock.advance(Duration.ofMinutes(1));
		var updated = this.kim.updateProduct(edit("STA-0001", 0, "stock_on_hand", "name").setStockOnHand(117)
			.setName("Gel Pen")
			.setStockChangeReason("three damaged")
			.build());

		List<HistoryEntry> history = history("STA-0001", 0);
		assertThat(history).extracting(HistoryEntry::getAction, HistoryEntry::getActor, HistoryEntry::getDetail)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("EDITED", "kim", "name \"Gel Pen Standard\" → \"Gel Pen\""),
					org.assertj.core.groups.Tuple.tuple("ADJUSTED", "kim", "stock on hand -3 (three damaged)"),
					org.assertj.core.groups.Tuple.tuple("RECEIVED", "test fixture",
							"stock on hand +120 (first stock)"));
		assertThat(history.get(0).getAt()).isEqualTo(updated.getUpdatedAt()).isEqualTo(history.get(1).getAt());
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void anEditKeepsWhatChangedAsDataPriceWithItsCurrencyStockWithItsUnitAndOlderEntriesHaveNone() {
		this.clock.advance(Duration.ofMinutes(1));
		this.kim.updateProduct(edit("STA-0001", 0, "price", "active", "stock_on_hand").setPrice(krw(1600, 0))
			.setActive(false)
			.setStockOnHand(117)
			.setStockChangeReason("three damaged")
			.build());

		List<HistoryEntry> history = history("STA-0001", 0);
		assertThat(history).extracting(HistoryEntry::getAction, HistoryEntry::getHasChanges)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EDITED", true),
					org.assertj.core.groups.Tuple.tuple("ADJUSTED", true),
					// The fixture's entry, written as entries were before they kept them.
					org.assertj.core.groups.Tuple.tuple("RECEIVED", false));
		assertThat(history.get(0).getChangesList()).containsExactly(
				HistoryChange.newBuilder()
					.setField("price")
					.setKind("MONEY")
					.setBefore("1500.00")
					.setAfter("1600.00")
					.setCurrency("KRW")
					.build(),
				HistoryChange.newBuilder()
					.setField("active")
					.setKind("STATUS")
					.setBefore("ACTIVE")
					.setAfter("INACTIVE")
					.build());
		assertThat(history.get(1).getChangesList()).containsExactly(HistoryChange.newBuilder()
			.setField("stock")
			.setKind("NUMBER")
			.setBefore("120")
			.setAfter("117")
			.setUnit("units")
			.build());
		assertThat(history.get(2).getChangesList()).isEmpty();
		// Kept on the ledger's entries as subdocuments, which the query above read.
		Document edited = this.mongo.findById("edited:STA-0001:v1", Document.class, StockEntry.COLLECTION);
		assertThat(edited.getList("changes", Document.class)).first()
			.isEqualTo(new Document("field", "price").append("kind", "MONEY")
				.append("before", "1500.00")
				.append("after", "1600.00")
				.append("currency", "KRW"));
	}

	@Test
	void aSaveThatChangesNothingIsRecordedTooForItMovedTheVersionOn() {
		this.clock.advance(Duration.ofSeconds(1));
		this.kim.updateProduct(
				edit("STA-0001", 0, "name", "stock_on_hand").setName("Gel Pen Standard").setStockOnHand(120).build());

		assertThat(history("STA-0001", 0).getFirst()).extracting(HistoryEntry::getAction, HistoryEntry::getDetail)
			.containsExactly("EDITED", "no field changed");
		assertThat(history("STA-0001", 0).getFirst())
			.extracting(HistoryEntry::getHasChanges, HistoryEntry::getChangesCount)
			.containsExactly(true, 0);
	}

	@Test
	void aNewProductsHistoryStartsWithItsStockOrItsCreationAndNamesItsCreator() {
		var stocked = this.kim.createProduct(newProduct("STA-0100").setStockOnHand(20).build());
		var empty = this.kim.createProduct(newProduct("STA-0101").setStockOnHand(0).build());

		assertThat(history("STA-0100", 0)).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo("RECEIVED");
			assertThat(entry.getActor()).isEqualTo("kim");
			assertThat(entry.getDetail()).isEqualTo("stock on hand +20 (first stock of a new product)");
			assertThat(entry.getAt()).isEqualTo(stocked.getUpdatedAt());
		});
		assertThat(history("STA-0101", 0)).singleElement().satisfies((entry) -> {
			assertThat(entry.getAction()).isEqualTo("CREATED");
			assertThat(entry.getActor()).isEqualTo("kim");
			assertThat(entry.getDetail())
				.isEqualTo("created \"Ruler 30cm\" in stationery at 990.00 KRW, no stock on hand");
			assertThat(entry.getAt()).isEqualTo(empty.getCreatedAt());
		});
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void reservationMovesAreNotInTheHistory() {
		this.catalog.reserveStock(ReserveStockRequest.newBuilder()
			.setReservationId(UUID.randomUUID().toString())
			.addLines(ReservationLine.newBuilder().setSku("STA-0001").setQuantity(2))
			.build());

		assertThat(history("STA-0001", 0)).extracting(HistoryEntry::getAction).containsExactly("RECEIVED");
	}

	@Test
	void aRefusedEditRecordsNothing() {
		var rename = edit("STA-0001", 0, "name").setName("Renamed");
		this.kim.updateProduct(rename.build());
		List<HistoryEntry> before = history("STA-0001", 0);
		long ledger = this.mongo.count(new Query(), StockEntry.class);

		// A stale version, invalid input, a field that cannot change, an unknown product.
		failure(Status.Code.ABORTED, () -> this.kim.updateProduct(rename.setName("Stale").build()));
		failure(Status.Code.INVALID_ARGUMENT,
				() -> this.kim.updateProduct(rename.setVersion(1)
					.setUpdateMask(FieldMask.newBuilder().addPaths("price"))
					.setPrice(krw(-1, 0))
					.build()));
		failure(Status.Code.INVALID_ARGUMENT, () -> this.kim.updateProduct(
				rename.setVersion(1).setUpdateMask(FieldMask.newBuilder().addPaths("name")).setName(" ").build()));
		failure(Status.Code.NOT_FOUND,
				() -> this.kim.updateProduct(rename.setSku("NOPE-1").setName("Nobody's").build()));
		// Not an admin.
		failure(Status.Code.PERMISSION_DENIED,
				() -> as(Caller.SALES.token()).updateProduct(rename.setSku("STA-0001").setName("Sales'").build()));

		assertThat(history("STA-0001", 0)).isEqualTo(before);
		assertThat(this.mongo.count(new Query(), StockEntry.class)).isEqualTo(ledger);
		assertThat(this.catalog.getProduct(GetProductRequest.newBuilder().setSku("STA-0001").build()).getVersion())
			.isOne();
	}

	@Test
	void anEntryStillPendingOnTheProductIsInTheHistoryOnce() {
		// A call that died after its update and before its flush leaves the entry on the
		// product, written with the change.
		StockEntry pending = StockEntry.edited("STA-0001", 1, "lee", "price 1500.00 → 1400.00",
				this.clock.instant().plusSeconds(60));
		this.mongo.updateFirst(Query.query(where("sku").is("STA-0001")),
				new Update().push(StockJournal.PENDING, StockJournal.document(pending)), Product.class);

		assertThat(history("STA-0001", 0)).extracting(HistoryEntry::getActor).containsExactly("lee", "test fixture");
		this.journal.flush("STA-0001");
		assertThat(history("STA-0001", 0)).extracting(HistoryEntry::getActor).containsExactly("lee", "test fixture");
	}

	@Test
	void theHistoryIsNewestFirstAndAtMostThePageSizeFiftyByDefault() {
		long version = 0;
		for (int i = 1; i <= 55; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			version = this.kim.updateProduct(edit("STA-0001", version, "price").setPrice(krw(1500 + i, 0)).build())
				.getVersion();
		}

		assertThat(history("STA-0001", 0)).hasSize(50)
			.first()
			.extracting(HistoryEntry::getDetail)
			.isEqualTo("price 1554.00 → 1555.00");
		assertThat(history("STA-0001", 2)).extracting(HistoryEntry::getDetail)
			.containsExactly("price 1554.00 → 1555.00", "price 1553.00 → 1554.00");
		assertThat(history("STA-0001", 100)).hasSize(56)
			.last()
			.extracting(HistoryEntry::getAction)
			.isEqualTo("RECEIVED");
	}

	@Test
	void aPageSizeOutOfRangeOrABadSkuIsAnInvalidArgumentNamingTheField() {
		for (int size : new int[] { 101, -1, Integer.MAX_VALUE }) {
			var failure = failure(Status.Code.INVALID_ARGUMENT, () -> history("STA-0001", size));
			assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
				.containsExactly("page_size");
		}
		for (String sku : new String[] { "", "sta 1", "A".repeat(41) }) {
			var failure = failure(Status.Code.INVALID_ARGUMENT, () -> history(sku, 0));
			assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
				.containsExactly("sku");
		}
	}

	@Test
	void anUnknownSkuIsNotFound() {
		var failure = failure(Status.Code.NOT_FOUND, () -> history("NOPE-1", 0));

		assertThat(reason(failure)).isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(detail(failure, ResourceInfo.class).getResourceName()).isEqualTo("NOPE-1");
	}

	@Test
	void whoeverReadsTheProductReadsItsHistoryAnonymousCallersAreUnauthenticated() {
		var request = GetProductHistoryRequest.newBuilder().setSku("STA-0001").build();
		for (Caller caller : Caller.values()) {
			assertThat(as(caller.token()).getProductHistory(request).getEntriesList()).as(caller.name()).hasSize(1);
		}
		failure(Status.Code.UNAUTHENTICATED,
				() -> CatalogServiceGrpc.newBlockingStub(this.channel).getProductHistory(request));
	}

	@Test
	void theLedgerEntryIsWrittenInTheSameUpdateAsTheEdit() {
		// The product's own document holds the entry with the edit until it is flushed:
		// read the update's result before any flush by pushing nothing else.
		this.kim.updateProduct(edit("STA-0001", 0, "category").setCategory("kitchen").build());

		Document entry = this.mongo.findById("edited:STA-0001:v1", Document.class, StockEntry.COLLECTION);
		assertThat(entry).containsEntry("kind", "EDITED")
			.containsEntry("who", "kim")
			.containsEntry("why", "category stationery → kitchen")
			.containsEntry("onHand", 0)
			.containsEntry("source", 0);
		Document product = this.mongo.findOne(Query.query(where("sku").is("STA-0001")), Document.class, "products");
		assertThat(product.getList(StockJournal.PENDING, Document.class)).isEmpty();
		assertThat(entry.get("at")).isEqualTo(product.get("updatedAt"));
	}

	private List<HistoryEntry> history(String sku, int pageSize) {
		return this.catalog
			.getProductHistory(GetProductHistoryRequest.newBuilder().setSku(sku).setPageSize(pageSize).build())
			.getEntriesList();
	}

	private CatalogServiceGrpc.CatalogServiceBlockingStub as(String token) {
		return CatalogServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(new BearerTokenAuthenticationInterceptor(token));
	}

}
