package com.example.shop.catalog.product;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.FieldMask;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.ResourceInfo;
import io.grpc.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogFixtures;
import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.catalog.v1.ProductSortField;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.SearchProductsResponse;
import com.example.shop.catalog.v1.UpdateProductRequest;
import com.example.shop.testsupport.time.TestClockConfiguration;

import static com.example.shop.catalog.CatalogFixtures.detail;
import static com.example.shop.catalog.CatalogFixtures.edit;
import static com.example.shop.catalog.CatalogFixtures.failure;
import static com.example.shop.catalog.CatalogFixtures.krw;
import static com.example.shop.catalog.CatalogFixtures.product;
import static com.example.shop.catalog.CatalogFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading, searching, creating and changing products over gRPC. */
class ProductsGrpcIT extends CatalogGrpcTest {

	@org.springframework.beans.factory.annotation.Autowired
	com.example.shop.catalog.stock.StockJournal journal;

	@BeforeEach
	void setUp() {
		product(this.mongo, this.clock, "STA-0001", "Gel Pen Standard", "stationery", "1500.00", 120, true);
		product(this.mongo, this.clock, "STA-0002", "Gel Pen Pro", "stationery", "2250.50", 3, true);
		product(this.mongo, this.clock, "STA-0003", "Notebook A5", "stationery", "3000.00", 0, false);
		product(this.mongo, this.clock, "FUR-0001", "Task Chair", "furniture", "180000.00", 4, true);
		product(this.mongo, this.clock, "KIT-0001", "Coffee Beans 1kg", "kitchen", "12000.00", 40, true);
	}

	@Test
	void gettingAProductReturnsEveryFieldWithAnExactPrice() {
		var product = this.catalog.getProduct(GetProductRequest.newBuilder().setSku("STA-0002").build());

		assertThat(product.getName()).isEqualTo("Gel Pen Pro");
		assertThat(product.getCategory()).isEqualTo("stationery");
		assertThat(product.getPrice()).isEqualTo(krw(2250, 500_000_000));
		assertThat(product.getAttributesMap()).containsEntry("brand", "Hanul");
		assertThat(product.getStockOnHand()).isEqualTo(3);
		assertThat(product.getActive()).isTrue();
		assertThat(product.getVersion()).isZero();
		assertThat(product.getId()).hasSize(36);
		assertThat(product.getUpdatedAt().getSeconds()).isEqualTo(TestClockConfiguration.START.getEpochSecond());
	}

	@Test
	void gettingAnUnknownSkuIsNotFoundNamingTheSku() {
		var failure = failure(Status.Code.NOT_FOUND,
				() -> this.catalog.getProduct(GetProductRequest.newBuilder().setSku("NOPE-1").build()));

		assertThat(detail(failure, ResourceInfo.class).getResourceName()).isEqualTo("NOPE-1");
		assertThat(reason(failure)).isEqualTo("PRODUCT_NOT_FOUND");
	}

	@Test
	void gettingWithoutASkuIsAnInvalidArgument() {
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.getProduct(GetProductRequest.getDefaultInstance()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactly("sku");
	}

	@Test
	void batchGetAnswersEverySkuInOneCallInRequestOrderAndListsTheMissing() {
		var response = this.catalog.batchGetProducts(BatchGetProductsRequest.newBuilder()
			.addAllSkus(List.of("KIT-0001", "NOPE-1", "STA-0001", "KIT-0001"))
			.build());

		assertThat(response.getProductsList()).extracting((p) -> p.getSku()).containsExactly("KIT-0001", "STA-0001");
		assertThat(response.getMissingSkusList()).containsExactly("NOPE-1");
	}

	@Test
	void batchGetRefusesAnEmptyOrOversizedList() {
		failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.batchGetProducts(BatchGetProductsRequest.getDefaultInstance()));
		var tooMany = BatchGetProductsRequest.newBuilder();
		for (int i = 0; i <= ProductService.MAX_BATCH; i++) {
			tooMany.addSkus("SKU-" + i);
		}
		failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog.batchGetProducts(tooMany.build()));
	}

	@Test
	void searchMatchesWordsOfANameOrSkuIgnoringCase() {
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery("gel pen")))).containsExactly("STA-0002",
				"STA-0001");
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery("fur-")))).containsExactly("FUR-0001");
		// A word anywhere in the name (more in ProductSearchGrpcIT).
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery("pen")))).containsExactly("STA-0002",
				"STA-0001");
	}

	@Test
	void searchTreatsRegularExpressionCharactersAsSeparators() {
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery(".*")))).isEmpty();
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery("Coffee Beans 1kg("))))
			.containsExactly("KIT-0001");
	}

	@Test
	void searchFiltersByCategoryActiveAndLowStock() {
		assertThat(skus(search(SearchProductsRequest.newBuilder().setCategory("stationery").setActiveOnly(true))))
			.containsExactly("STA-0001", "STA-0002");
		assertThat(skus(search(SearchProductsRequest.newBuilder().setMaxStockOnHand(4)))).containsExactly("FUR-0001",
				"STA-0002", "STA-0003");
		assertThat(skus(search(SearchProductsRequest.newBuilder().setMaxStockOnHand(0)))).containsExactly("STA-0003");
	}

	@Test
	void searchSortsAndPagesWithTheTotal() {
		var first = search(SearchProductsRequest.newBuilder()
			.setSortBy(ProductSortField.PRICE)
			.setDescending(true)
			.setPageSize(2)
			.setPage(0));
		var second = search(SearchProductsRequest.newBuilder()
			.setSortBy(ProductSortField.PRICE)
			.setDescending(true)
			.setPageSize(2)
			.setPage(1));

		assertThat(skus(first)).containsExactly("FUR-0001", "KIT-0001");
		assertThat(skus(second)).containsExactly("STA-0003", "STA-0002");
		assertThat(first.getTotalSize()).isEqualTo(5);
		assertThat(second.getPage()).isEqualTo(1);
		assertThat(skus(search(SearchProductsRequest.newBuilder().setSortBy(ProductSortField.NAME))))
			.containsExactly("KIT-0001", "STA-0002", "STA-0001", "STA-0003", "FUR-0001");
	}

	@Test
	void searchRefusesAPageSizeOver100AndANegativePageListingBothFields() {
		var failure = failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog
			.searchProducts(SearchProductsRequest.newBuilder().setPageSize(101).setPage(-1).build()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactlyInAnyOrder("page", "page_size");
	}

	@Test
	void searchUnderADeadlineAnswersInTime() {
		var response = this.catalog.withDeadlineAfter(5, TimeUnit.SECONDS)
			.searchProducts(SearchProductsRequest.newBuilder().setQuery("STA").build());

		assertThat(response.getTotalSize()).isEqualTo(3);
	}

	@Test
	void listingCategoriesCountsTheirProductsInNameOrder() {
		var categories = this.catalog.listCategories(ListCategoriesRequest.getDefaultInstance()).getCategoriesList();

		assertThat(categories).extracting((c) -> c.getCode()).containsExactly("kitchen", "furniture", "stationery");
		assertThat(categories).extracting((c) -> c.getProductCount()).containsExactly(1, 1, 3);
		assertThat(categories.get(1).getName()).isEqualTo("Office Furniture");
	}

	@Test
	void creatingAProductStoresItAtVersionZero() {
		var created = this.catalog.createProduct(newProduct("STA-0100").build());

		assertThat(created.getVersion()).isZero();
		assertThat(created.getPrice()).isEqualTo(krw(990, 0));
		assertThat(created.getAttributesMap()).containsEntry("color", "blue");
		assertThat(this.catalog.getProduct(GetProductRequest.newBuilder().setSku("STA-0100").build()))
			.isEqualTo(created);
	}

	@Test
	void creatingATakenSkuIsAlreadyExists() {
		var failure = failure(Status.Code.ALREADY_EXISTS,
				() -> this.catalog.createProduct(newProduct("STA-0001").build()));

		assertThat(reason(failure)).isEqualTo("SKU_ALREADY_EXISTS");
		assertThat(detail(failure, ResourceInfo.class).getResourceName()).isEqualTo("STA-0001");
	}

	@Test
	void creatingAnInvalidProductListsEveryBadField() {
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.createProduct(CreateProductRequest.newBuilder()
					.setSku("")
					.setName(" ")
					.setCategory("toys")
					.setPrice(com.google.type.Money.newBuilder().setCurrencyCode("USD").setUnits(1).setNanos(1))
					.setStockOnHand(-1)
					.build()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactlyInAnyOrder("sku", "name", "category", "price.currency_code", "price.nanos",
					"stock_on_hand");
		assertThat(detail(failure, ErrorInfo.class).getDomain()).isEqualTo("catalog.shop.example.com");
	}

	@Test
	void creatingWithoutAPriceIsAnInvalidArgument() {
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.createProduct(newProduct("STA-0101").clearPrice().build()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactly("price");
	}

	@Test
	void updatingTheMaskedFieldsBumpsTheVersionAndLeavesTheRest() {
		this.clock.advance(java.time.Duration.ofMinutes(5));
		var updated = this.catalog.updateProduct(edit("STA-0001", 0, "price", "stock_on_hand").setPrice(krw(1600, 0))
			.setStockOnHand(90)
			.setName("ignored: not in the mask")
			.build());

		assertThat(updated.getVersion()).isOne();
		assertThat(updated.getPrice()).isEqualTo(krw(1600, 0));
		assertThat(updated.getStockOnHand()).isEqualTo(90);
		assertThat(updated.getName()).isEqualTo("Gel Pen Standard");
		assertThat(updated.getUpdatedAt().getSeconds())
			.isEqualTo(TestClockConfiguration.START.plusSeconds(300).getEpochSecond());
	}

	@Test
	void stockOfANewProductIsReceivedAndAnEditIsAnAdjustmentWithItsReason() {
		this.catalog.createProduct(newProduct("STA-0102").setStockOnHand(20).build());
		this.catalog.updateProduct(edit("STA-0102", 0, "stock_on_hand").setStockOnHand(17)
			.setStockChangeReason("three damaged in the store room")
			.build());

		var entries = this.mongo.find(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("sku").is("STA-0102")),
				com.example.shop.catalog.stock.StockEntry.class);
		assertThat(entries).extracting((e) -> e.kind().name(), (e) -> e.onHand(), (e) -> e.why())
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("RECEIVED", 20, "first stock of a new product"),
					org.assertj.core.groups.Tuple.tuple("ADJUSTED", -3, "three damaged in the store room"));
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void updatingFromAStaleVersionIsAbortedWithTheCurrentVersion() {
		var update = edit("STA-0001", 0, "active").setActive(false).build();
		this.catalog.updateProduct(update);

		var failure = failure(Status.Code.ABORTED, () -> this.catalog.updateProduct(update));

		assertThat(reason(failure)).isEqualTo("VERSION_CONFLICT");
		assertThat(detail(failure, ErrorInfo.class).getMetadataMap()).containsEntry("current_version", "1");
	}

	@Test
	void updatingAnUnknownProductIsNotFound() {
		failure(Status.Code.NOT_FOUND,
				() -> this.catalog.updateProduct(UpdateProductRequest.newBuilder()
					.setSku("NOPE-1")
					.setUpdateMask(FieldMask.newBuilder().addPaths("active"))
					.build()));
	}

	@Test
	void updatingAFieldThatCannotChangeIsAnInvalidArgument() {
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.updateProduct(UpdateProductRequest.newBuilder()
					.setSku("STA-0001")
					.setUpdateMask(FieldMask.newBuilder().addPaths("sku"))
					.build()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactly("update_mask");
	}

	/** {@link CatalogFixtures#newProduct}, blue. */
	private static CreateProductRequest.Builder newProduct(String sku) {
		return CatalogFixtures.newProduct(sku).putAttributes("color", "blue");
	}

	private SearchProductsResponse search(SearchProductsRequest.Builder request) {
		return this.catalog.searchProducts(request.build());
	}

	private static List<String> skus(SearchProductsResponse response) {
		return response.getProductsList().stream().map((p) -> p.getSku()).toList();
	}

}
