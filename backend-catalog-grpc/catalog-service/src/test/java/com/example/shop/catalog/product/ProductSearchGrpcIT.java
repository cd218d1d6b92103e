package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.ProductSortField;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.SearchProductsResponse;
import com.example.shop.migrations.catalog.V006ProductSearchTerms;

import static com.example.shop.catalog.CatalogFixtures.edit;
import static com.example.shop.catalog.CatalogFixtures.krw;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search by words anywhere in the SKU, name and description, ignoring case, Korean
 * included, best matches first; what it asks MongoDB is an anchored prefix on the stored,
 * indexed search terms, which the stand-in answers as real MongoDB does.
 */
class ProductSearchGrpcIT extends CatalogGrpcTest {

	@BeforeEach
	void products() {
		create("FUR-0001", "Task Chair", "furniture", "Mesh back, adjustable arms.");
		create("FUR-0002", "Standing Desk", "furniture", "Electric, two motors.");
		create("FUR-0003", "Cable Tray", "furniture", "Keeps a desk tidy.");
		create("FUR-0004", "Monitor Arm", "furniture", "Holds one 27in monitor.");
		create("ELE-0001", "27in Monitor", "stationery", "IPS panel, HDR.");
		create("STA-0001", "Gel Pen Pro", "stationery", "Smooth ink.");
		create("STA-0002", "Mechanical Pencil", "stationery", "0.5 mm lead.");
		create("STA-0010", "Sticky Notes", "stationery", "Yellow.");
		create("FUR-0101", "사무용책상", "furniture", "튼튼한 원목 책상입니다.");
		create("KIT-0001", "유리 물병", "kitchen", "식탁 위에 두는 물병.");
	}

	@Test
	void aWordAnywhereInTheNameFindsTheProductIgnoringCase() {
		assertThat(skus(search("chair"))).containsExactly("FUR-0001");
		assertThat(skus(search("DESK"))).containsExactly("FUR-0002", "FUR-0003");
		assertThat(skus(search("Pro"))).containsExactly("STA-0001");
		assertThat(skus(search("monitor"))).containsExactly("FUR-0004", "ELE-0001");
		assertThat(skus(search("gel PEN"))).containsExactly("STA-0001");
	}

	@Test
	void aWordStartsAWordItMatchesNotAnyPartOfIt() {
		// "pen" starts "Pen" and "Pencil", not "Standing" or "Open".
		assertThat(skus(search("pen"))).containsExactly("STA-0001", "STA-0002");
		assertThat(skus(search("ding"))).isEmpty();
	}

	@Test
	void everyWordMustMatchSomewhere() {
		assertThat(skus(search("monitor arm"))).containsExactly("FUR-0004");
		assertThat(skus(search("monitor zebra"))).isEmpty();
	}

	@Test
	void aSkuOrItsStartFindsItsProductsAheadOfOtherMatches() {
		assertThat(skus(search("sta-0001"))).containsExactly("STA-0001");
		// Then a product whose words merely start with "sta" and "00" (Standing Desk,
		// FUR-0002).
		assertThat(skus(search("STA-00"))).containsExactly("STA-0001", "STA-0002", "STA-0010", "FUR-0002");
		// SKUs starting with it, by name; then what matches elsewhere.
		create("STA-0020", "Fur Brush", "stationery", "Lint remover.");
		assertThat(skus(search("fur"))).containsExactly("FUR-0003", "FUR-0004", "FUR-0002", "FUR-0001", "FUR-0101",
				"STA-0020");
	}

	@Test
	void aWordOfTheDescriptionFindsItAfterNamesThatHaveIt() {
		assertThat(skus(search("tidy"))).containsExactly("FUR-0003");
		assertThat(skus(search("adjustable"))).containsExactly("FUR-0001");
		// Its name before its description: the arm holds a monitor, the monitor is one.
		assertThat(skus(search("27in"))).containsExactly("ELE-0001", "FUR-0004");
	}

	@Test
	void koreanIsFoundByItsWordsAndByThePartsOfACompound() {
		assertThat(skus(search("사무용책상"))).containsExactly("FUR-0101");
		assertThat(skus(search("사무용"))).containsExactly("FUR-0101");
		assertThat(skus(search("책상"))).containsExactly("FUR-0101");
		assertThat(skus(search("원목"))).containsExactly("FUR-0101");
		assertThat(skus(search("물병"))).containsExactly("KIT-0001");
		assertThat(skus(search("유리 물병"))).containsExactly("KIT-0001");
		assertThat(skus(search("식탁"))).containsExactly("KIT-0001");
	}

	@Test
	void searchCombinesWithTheCategoryAndPagesTheRankedResult() {
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery("monitor").setCategory("stationery"))))
			.containsExactly("ELE-0001");
		SearchProductsResponse first = search(SearchProductsRequest.newBuilder().setQuery("fur").setPageSize(2));
		SearchProductsResponse third = search(
				SearchProductsRequest.newBuilder().setQuery("fur").setPageSize(2).setPage(2));

		assertThat(skus(first)).containsExactly("FUR-0003", "FUR-0004");
		assertThat(skus(third)).containsExactly("FUR-0101");
		assertThat(first.getTotalSize()).isEqualTo(5);
		assertThat(third.getTotalSize()).isEqualTo(5);
	}

	@Test
	void anOrderAskedForReplacesRelevance() {
		assertThat(skus(search(SearchProductsRequest.newBuilder().setQuery("monitor").setSortBy(ProductSortField.SKU))))
			.containsExactly("ELE-0001", "FUR-0004");
		assertThat(skus(search(SearchProductsRequest.newBuilder()
			.setQuery("desk")
			.setSortBy(ProductSortField.NAME)
			.setDescending(true)))).containsExactly("FUR-0002", "FUR-0003");
	}

	@Test
	void aRenamedProductIsFoundByItsNewNameOnly() {
		this.catalog.updateProduct(edit("FUR-0001", 0, "name").setName("Ergonomic Stool").build());

		assertThat(skus(search("chair"))).isEmpty();
		assertThat(skus(search("stool"))).containsExactly("FUR-0001");
		// The description it kept still finds it.
		assertThat(skus(search("mesh"))).containsExactly("FUR-0001");
	}

	@Test
	void aProductStoredBeforeSearchTermsIsFoundOnceChangeUnit006HasRun() {
		this.mongo.getCollection(Product.COLLECTION)
			.insertOne(new Document("sku", "OLD-0001").append("name", "Filing Cabinet")
				.append("description", "Three drawers")
				.append("category", "furniture")
				.append("price", new Decimal128(new BigDecimal("5000.00")))
				.append("stockOnHand", 3)
				.append("confirmed", 0)
				.append("active", true)
				.append("version", 0L)
				.append("createdAt", Date.from(this.clock.instant()))
				.append("updatedAt", Date.from(this.clock.instant())));
		assertThat(skus(search("cabinet"))).isEmpty();

		new V006ProductSearchTerms(this.mongo).apply();

		assertThat(skus(search("cabinet"))).containsExactly("OLD-0001");
		assertThat(skus(search("drawers"))).containsExactly("OLD-0001");
	}

	@Test
	void punctuationIsNeverARegularExpression() {
		assertThat(skus(search(".*"))).isEmpty();
		assertThat(skus(search("^$"))).isEmpty();
		assertThat(skus(search("(monitor"))).containsExactly("FUR-0004", "ELE-0001");
	}

	private void create(String sku, String name, String category, String description) {
		this.catalog.createProduct(CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName(name)
			.setDescription(description)
			.setCategory(category)
			.setPrice(krw(1000, 0))
			.putAllAttributes(Map.of("brand", "Hanul"))
			.setStockOnHand(5)
			.setActive(true)
			.build());
	}

	private SearchProductsResponse search(String query) {
		return search(SearchProductsRequest.newBuilder().setQuery(query));
	}

	private SearchProductsResponse search(SearchProductsRequest.Builder request) {
		return this.catalog.searchProducts(request.build());
	}

	private static List<String> skus(SearchProductsResponse response) {
		return response.getProductsList().stream().map((p) -> p.getSku()).toList();
	}

}
