package com.example.shop.ui.catalog;

import java.math.BigDecimal;

import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
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

}
