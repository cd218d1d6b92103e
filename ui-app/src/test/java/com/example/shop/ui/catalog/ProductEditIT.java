package com.example.shop.ui.catalog;

import java.math.BigDecimal;
import java.util.List;

import com.example.shop.bff.catalog.Category;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.vaadin.flow.component.notification.Notification;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin edits a product in its dialog; the form reads and writes the product's values.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class ProductEditIT extends UiIntegrationTest {

	@Test
	void anAdminChangesAPriceAndTheCatalogHasIt() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);

		view.open(sku);
		awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());
		ProductDialog dialog = $(ProductDialog.class).single();
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

		view.open(sku);
		awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());
		ProductDialog dialog = $(ProductDialog.class).single();
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

}
