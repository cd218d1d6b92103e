package com.example.shop.ui.catalog;

import java.math.BigDecimal;

import com.example.shop.bff.Money;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.data.provider.DataKeyMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Price and stock changes reach an open catalog without a reload: a change saved through
 * the BFF (as another screen or another browser would save it, not through this view's
 * dialog) arrives by the catalog's change stream and updates the row the grid shows.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class CatalogLiveIT extends UiIntegrationTest {

	@Autowired
	CatalogPagesService catalog;

	@Test
	void aPriceAndStockChangeSavedElsewhereArrivesInTheOpenGrid() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		Product before = showOnly(view, sku);
		assertThat(before.price().value()).isEqualByComparingTo("100.00");

		this.catalog
			.update(new ProductDraft(sku, before.name(), before.description(), before.category(),
					Money.of(new BigDecimal("125.50"), "KRW"), before.attributes(), 3, before.active()),
					before.version())
			.block();

		awaitScreen(() -> priceShown(view, before, "125.50"));
		Product after = shown(view, before);
		assertThat(after.stockOnHand()).isEqualTo(3);
		assertThat(after.version()).isEqualTo(before.version() + 1);
	}

	@Test
	void theAdminsOwnGridShowsWhatTheDialogSaved() {
		String sku = this.data.product("100.00", 7);
		CatalogView view = (CatalogView) open(Routes.CATALOG);
		Product before = showOnly(view, sku);

		view.open(sku);
		awaitScreen(() -> !$(ProductDialog.class).all().isEmpty());
		ProductDialog dialog = $(ProductDialog.class).single();
		dialog.price.setValue(new BigDecimal("99.90"));
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());

		awaitScreen(() -> priceShown(view, before, "99.90"));
	}

	/**
	 * Searches the grid down to one SKU and lets it show its rows, as a browser's
	 * viewport asks for them; returns the row the grid holds.
	 */
	private Product showOnly(CatalogView view, String sku) {
		Product row = this.catalog.product(sku).block();
		view.search.setValue(sku);
		view.grid.getDataCommunicator().setViewportRange(0, Pages.SIZE);
		awaitScreen(() -> shown(view, row) != null);
		return shown(view, row);
	}

	private static boolean priceShown(CatalogView view, Product row, String price) {
		Product shown = shown(view, row);
		return shown != null && shown.price().value().compareTo(new BigDecimal(price)) == 0;
	}

	/**
	 * What the grid holds for the product's row, which is what it sends the browser: the
	 * data communicator's item under the row's key (rows are identified by SKU). Not the
	 * grid tester's rows, which are fetched afresh from the BFF and would show what a
	 * reload shows, not a live update.
	 */
	private static Product shown(CatalogView view, Product row) {
		DataKeyMapper<Product> keys = view.grid.getDataCommunicator().getKeyMapper();
		return keys.has(row) ? keys.get(keys.key(row)) : null;
	}

}
