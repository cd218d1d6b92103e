package com.example.shop.ui.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Money;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Category;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.Routes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin edits a product in its dialog; the form reads and writes the product's values.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class ProductEditIT extends UiIntegrationTest {

	@Autowired
	CatalogPagesService catalog;

	@Test
	void anAdminChangesAPriceAndTheCatalogHasIt() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);

		ProductDialog dialog = edit(view, sku);
		BigDecimal shownPrice = dialog.price.getValue();
		Integer shownStock = dialog.stock.getValue();
		dialog.price.setValue(new BigDecimal("125.50"));
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());

		assertThat(shownPrice).isEqualByComparingTo("100.00");
		assertThat(shownStock).isEqualTo(7);
		var product = this.data.product(sku);
		assertThat(product.getPrice().getUnits()).isEqualTo(125);
		assertThat(product.getPrice().getNanos()).isEqualTo(500_000_000);
		assertThat(product.getStockOnHand()).isEqualTo(7);
	}

	@Test
	void theHistorySaysWhatChangedInTheUsersLanguageWithThePriceForTheirLocale() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		ProductDialog dialog = edit(view, sku);
		dialog.price.setValue(new BigDecimal("125000"));
		dialog.active.setValue(false);
		dialog.stock.setValue(5);
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());

		view.open(sku);
		awaitScreen(() -> !$(AuditTrailPanel.class).all().isEmpty());
		AuditTrailPanel history = $(AuditTrailPanel.class).single();
		history.setOpened(true);
		awaitScreen(() -> historyRows(history).size() == 3);
		List<AuditTrail.Entry> rows = historyRows(history);

		UI.getCurrent().setLocale(Locale.KOREAN);
		assertThat(shownDetail(history, rows.get(0))).isEqualTo("가격: ₩100 → ₩125,000; 판매 중: 판매 중 → 판매 중지");
		assertThat(shownDetail(history, rows.get(1))).isEqualTo("재고: 7개 → 5개");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat(shownDetail(history, rows.get(0))).isEqualTo("Price: ₩100 → ₩125,000; On sale: Active → Inactive");
		// The new product's first stock, set rather than changed.
		assertThat(shownDetail(history, rows.get(2))).isEqualTo("Stock on hand: 7 units");
	}

	@Test
	void aConflictSaysWhoChangedWhatKeepsTheAdminsValuesAndLetsThemChoose() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		ProductDialog dialog = edit(view, sku);
		Product opened = this.catalog.product(sku).block();
		this.catalog
			.update(new ProductDraft(sku, opened.name(), opened.description(), opened.category(),
					Money.of(new BigDecimal("150.00"), "KRW"), opened.attributes(), 4, opened.active()),
					opened.version())
			.block();

		dialog.price.setValue(new BigDecimal("125.50"));
		test(dialog.save).click();
		awaitScreen(() -> $(Span.class).withId("product-conflict").exists());

		String said = $(Span.class).id("product-conflict").getText();
		assertThat(said).startsWith("admin at ")
			.contains("Price: ₩100 → ₩150")
			.contains("In stock: 7 → 4")
			.endsWith("Your values are still in the form.");
		assertThat(dialog.price.getValue()).as("the admin's value, not theirs").isEqualByComparingTo("125.50");
		assertThat(dialog.isOpened()).isTrue();

		test($(Button.class).id("product-take-theirs")).click();

		assertThat(dialog.price.getValue()).isEqualByComparingTo("150.00");
		assertThat(dialog.stock.getValue()).isEqualTo(4);
		dialog.price.setValue(new BigDecimal("160.00"));
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());
		assertThat(this.data.product(sku).getPrice().getUnits()).as("saved over the version now seen").isEqualTo(160);
	}

	@Test
	void theCategoryIsChosenByNameFromTheCatalogsCategories() {
		MongoStandInServer.get()
			.database(RealBackends.CATALOG_DATABASE)
			.getCollection("categories")
			.replaceOne(Filters.eq("_id", "ui-office"),
					new Document("_id", "ui-office").append("name", "Office chairs"),
					new ReplaceOptions().upsert(true));
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		Category other = new Category("ui-office", "Office chairs", 0);

		ProductDialog dialog = edit(view, sku);
		var choices = test(dialog.category).getSuggestions();

		assertThat(choices).as("offered by name").contains(other.name()).doesNotContain(other.code());
		test(dialog.category).selectItem(other.name());
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());
		assertThat(this.data.product(sku).getCategory()).isEqualTo(other.code());
	}

	@Test
	void savingSaysSoInOneNoticeAwayFromThePageTitle() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		for (String price : new String[] { "110.00", "120.00" }) {
			view.open(sku);
			awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());
			ProductDialog dialog = $(ProductDialog.class).single();
			dialog.price.setValue(new BigDecimal(price));
			test(dialog.save).click();
			awaitScreen(() -> !dialog.isOpened());
		}

		List<Notification> shown = $(Notification.class).all().stream().filter(Notification::isOpened).toList();
		assertThat(shown).as("the second save's notice replaced the first's").hasSize(1);
		assertThat(test(shown.get(0)).getText()).startsWith("Product " + sku + " (").endsWith(") is saved.");
		assertThat(shown.get(0).getPosition()).isEqualTo(Notification.Position.BOTTOM_END);
	}

	/** What the history's Details column shows for an entry, in the UI's language now. */
	@SuppressWarnings("unchecked")
	private String shownDetail(AuditTrailPanel history, AuditTrail.Entry entry) {
		Grid<AuditTrail.Entry> grid = $(Grid.class, history).single();
		var renderer = (LitRenderer<AuditTrail.Entry>) grid.getColumnByKey("detail").getRenderer();
		return String.valueOf(renderer.getValueProviders().get("what").apply(entry));
	}

	/** Opens the product's edit dialog from its row in the catalog. */
	private ProductDialog edit(CatalogView view, String sku) {
		view.open(sku);
		awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());
		return $(ProductDialog.class).single();
	}

}
