package com.example.shop.ui.catalog;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.Money;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Category;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the catalog as people type: words anywhere in the name, SKU or description,
 * any case, Korean too, best matches first; and when nothing matches, a message that says
 * what to do next. Against the real catalog, whose test data holds only test products
 * ("Test product T…") besides these. The search, the category and the open product live
 * in the address. (An admin, who may create them; every role searches alike.)
 */
@SignedIn(value = "admin", roles = "ADMIN")
class CatalogSearchIT extends UiIntegrationTest {

	/** The products below, made once per test JVM: the catalog is shared. */
	private static Map<String, String> skus;

	@Autowired
	CatalogPagesService catalog;

	@BeforeEach
	void products() {
		if (skus != null) {
			return;
		}
		String prefix = "SR" + (System.nanoTime() % 1_000_000L) + "-";
		skus = Map.of("chair", create(prefix + "1", "Task Chair", "Mesh back, adjustable arms"), "desk",
				create(prefix + "2", "Standing Desk", "Electric, two motors"), "tray",
				create(prefix + "3", "Cable Tray", "Keeps a desk tidy"), "pen",
				create(prefix + "4", "Gel Pen Pro", "Smooth ink"), "monitor",
				create(prefix + "5", "27in Monitor", "IPS panel"), "arm",
				create(prefix + "6", "Monitor Arm", "Holds one 27in monitor"), "korean",
				create(prefix + "7", "사무용책상", "튼튼한 원목 책상"));
	}

	@Test
	void wordsAnywhereInTheNameFindProductsBestMatchesFirst() {
		CatalogView view = (CatalogView) open(Routes.CATALOG);

		assertThat(names(view, "chair")).containsExactly("Task Chair");
		assertThat(names(view, "pen")).containsExactly("Gel Pen Pro");
		// "Pro" starts a word of "Gel Pen Pro" and of every "Test product …".
		assertThat(names(view, "Pro")).first().isEqualTo("Gel Pen Pro");
		// The name that starts with it first, then the one with it as a later word.
		assertThat(names(view, "Monitor")).containsExactly("Monitor Arm", "27in Monitor");
		// A word of the name before a word of the description.
		assertThat(names(view, "DESK")).containsExactly("Standing Desk", "Cable Tray");
		assertThat(names(view, "monitor arm")).containsExactly("Monitor Arm");
	}

	@Test
	void aSkuFindsItsProductFirstAndADescriptionWordFindsItsProduct() {
		CatalogView view = (CatalogView) open(Routes.CATALOG);

		assertThat(names(view, skus.get("monitor"))).first().isEqualTo("27in Monitor");
		assertThat(names(view, skus.get("monitor").toLowerCase())).first().isEqualTo("27in Monitor");
		assertThat(names(view, "adjustable")).containsExactly("Task Chair");
		assertThat(names(view, "tidy")).containsExactly("Cable Tray");
	}

	@Test
	void koreanNamesAreFoundByTheirWordsAndTheirParts() {
		CatalogView view = (CatalogView) open(Routes.CATALOG);

		assertThat(names(view, "사무용책상")).containsExactly("사무용책상");
		assertThat(names(view, "사무용")).containsExactly("사무용책상");
		// Inside the compound word, and a word of the description.
		assertThat(names(view, "책상")).containsExactly("사무용책상");
		assertThat(names(view, "원목")).containsExactly("사무용책상");
	}

	@Test
	void theExportHoldsWhatTheSearchFindsWithPlainPricesAndKoreanIntact() throws Exception {
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		view.search.setValue("monitor");

		CsvExport.File monitors = view.export.file();
		view.search.setValue("책상");
		CsvExport.File desks = view.export.file();

		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(monitors.text())).getRecords();
		assertThat(rows.getFirst().values()).startsWith("SKU", "Name", "Category", "Price", "Currency");
		assertThat(rows.subList(1, rows.size())).extracting((r) -> r.get(1))
			.containsExactlyInAnyOrder("27in Monitor", "Monitor Arm");
		assertThat(rows.get(1).get(3)).as("a plain decimal, no currency sign or grouping").matches("\\d+\\.\\d{2}");
		assertThat(monitors.name()).matches("products-\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat(CSVFormat.RFC4180.parse(new StringReader(desks.text())).getRecords()).extracting((r) -> r.get(1))
			.containsExactly("Name", "사무용책상");
	}

	@Test
	void nothingMatchingSaysSoAndOffersTheNextStep() {
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		view.grid.getDataCommunicator().setViewportRange(0, Pages.SIZE);
		awaitScreen(() -> !view.noMatches.isVisible());

		view.search.setValue("zebra chair");
		awaitScreen(() -> view.noMatches.isVisible());

		assertThat($(Paragraph.class, view.noMatches).all()).extracting(Paragraph::getText)
			.contains("No products match \"zebra chair\".");
		assertThat(view.grid.getEmptyStateComponent()).isSameAs(view.noMatches);
		test($(Button.class, view.noMatches).single()).click();
		awaitScreen(() -> !view.noMatches.isVisible());
		assertThat(view.search.getValue()).isEmpty();
	}

	@Test
	void aProductsStateIsABadgeInItsToneWithItsWord() {
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		view.search.setValue(skus.get("chair"));
		Product chair = view.grid.getLazyDataView().getItems(0, Pages.SIZE).findFirst().orElseThrow();

		ShownBadge active = badge(view.grid, "status", chair);
		ShownBadge inactive = badge(view.grid, "status",
				new Product(chair.sku(), chair.name(), chair.description(), chair.category(), chair.price(),
						chair.attributes(), chair.stockOnHand(), chair.reserved(), false, chair.version(),
						chair.updatedAt()));

		active.assertShows("Active", "ACTIVE", "sold: green", "badge", "success");
		inactive.assertShows("Inactive", "INACTIVE", "kept but not sold: grey", "badge", "contrast");
	}

	@Test
	void theSearchAndCategoryLiveInTheAddressSoAReloadOrALinkKeepsThem() {
		Category first = this.catalog.categories().block().getFirst();

		CatalogView view = (CatalogView) open("catalog?q=chair&category=" + first.code());
		awaitScreen(() -> view.category.getValue() != null);

		assertThat(view.search.getValue()).isEqualTo("chair");
		assertThat(view.category.getValue().code()).isEqualTo(first.code());
		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of("chair")),
				Map.entry("category", List.of(first.code())));

		view.category.clear();
		view.search.setValue("Monitor arm");

		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of("Monitor arm")));
		assertThat(names(view, "Monitor arm")).containsExactly("Monitor Arm");
	}

	@Test
	void anUnknownCategoryInTheAddressIsLeftOut() {
		CatalogView view = (CatalogView) open("catalog?q=" + skus.get("chair") + "&category=NOPE");
		awaitScreen(() -> view.category.getGenericDataView().getItems().findAny().isPresent());

		assertThat(view.category.getValue()).isNull();
		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of(skus.get("chair"))));
		assertThat(names(view, skus.get("chair"))).first().isEqualTo("Task Chair");
	}

	@Test
	void aProductOpenedFromTheGridIsInTheAddressUntilItsDialogCloses() {
		CatalogView view = (CatalogView) open("catalog?q=chair");
		view.open(skus.get("chair"));
		awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());

		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of("chair")),
				Map.entry("sku", List.of(skus.get("chair"))));

		$(ProductDialog.class).single().close();

		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of("chair")));
	}

	@Test
	void aReloadWithTheProductInTheAddressOpensItAgainOverItsSearch() {
		CatalogView view = (CatalogView) open("catalog?q=desk&sku=" + skus.get("tray"));
		awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());

		assertThat(view.search.getValue()).as("the search the address keeps, not the SKU").isEqualTo("desk");
		assertThat($(ProductDialog.class).single().getHeaderTitle()).endsWith(skus.get("tray"));
		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of("desk")),
				Map.entry("sku", List.of(skus.get("tray"))));
	}

	private String create(String sku, String name, String description) {
		return this.catalog
			.create(new ProductDraft(sku, name, description, "test", Money.of(new BigDecimal("1000.00"), "KRW"),
					Map.of(), 5, true))
			.map(Product::sku)
			.block();
	}

	/**
	 * Types the text into the search field and reads the names of the rows the grid then
	 * shows on its first page, in order; test products are left out.
	 */
	private static List<String> names(CatalogView view, String text) {
		view.search.setValue(text);
		return view.grid.getLazyDataView()
			.getItems(0, Pages.SIZE)
			.map(Product::name)
			.filter((name) -> !name.startsWith("Test product "))
			.toList();
	}

}
