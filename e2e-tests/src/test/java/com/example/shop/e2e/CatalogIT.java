package com.example.shop.e2e;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.example.shop.catalog.v1.Product;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.CatalogPage;
import com.example.shop.e2e.pages.ProductForm;
import com.example.shop.e2e.pages.vaadin.Notifications;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog as people use it: searching as they type and filtering by category; an
 * admin's edit reaching another person's open catalog without a reload; and two admins
 * editing one product, where the second is told who changed what and loses nothing.
 */
@EndToEnd
class CatalogIT {

	@Test
	void searchFindsAnyWordAsYouTypeAndTheCategoryNarrowsIt(Shop shop) {
		String word = shop.data().word();
		TestProduct chair = shop.data().product("Ergonomic " + word + " chair", 240_000, 12);
		TestProduct lamp = shop.data().productInOtherCategory("Brass " + word + " lamp", 89_000, 7);
		CatalogPage catalog = shop.signIn(Role.SALES).catalog();
		assertThat(catalog.searchField().labelShownInFull()).as("the search's label is not cut").isTrue();

		// A word in the middle of the name, lower-case, only its start typed: both show.
		catalog.type(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT));
		catalog.grid().assertSize(2);
		assertThat(catalog.row(chair.sku())).contains(chair.name(), chair.categoryName(), "₩240,000", "12");
		assertThat(catalog.row(lamp.sku())).contains(lamp.name(), lamp.categoryName(), "₩89,000", "7");

		// Every word must match, in any order.
		catalog.type("chair " + word);
		catalog.grid().assertSize(1);
		catalog.row(chair.sku());

		catalog.type(word);
		catalog.grid().assertSize(2);
		catalog.category(lamp.categoryName());
		catalog.grid().assertSize(1);
		assertThat(catalog.row(lamp.sku()).get(CatalogPage.NAME)).isEqualTo(lamp.name());

		// Nothing matches: the grid says so and how to go on.
		catalog.category("All categories");
		catalog.type(word + " sofa");
		catalog.grid().assertSize(0);
		assertThat(catalog.noMatches()).hasText("No products match \"" + word + " sofa\".");
	}

	@Test
	void anAdminsEditReachesAnotherOpenCatalogWithoutAReload(Shop shop) {
		TestProduct kettle = shop.data().product("Office kettle", 45_000, 20);
		CatalogPage watching = shop.signIn(Role.SALES).catalog().search(kettle.name());
		assertThat(watching.row(kettle.sku())).contains("₩45,000", "20");

		CatalogPage admin = shop.signIn(Role.ADMIN).catalog().search(kettle.name());
		ProductForm form = admin.open(kettle.sku(), kettle.name());
		form.price().fill("52000");
		form.stock().fill("17");
		form.save().dialog().assertClosed();
		Notifications.expectSuccess(admin.grid().locator().page(),
				"Product " + kettle.sku() + " (" + kettle.name() + ") is saved.");

		// The other browser was not touched: its row changes by server push.
		watching.grid().assertShows("₩52,000");
		List<String> row = watching.row(kettle.sku());
		assertThat(row.get(CatalogPage.PRICE)).isEqualTo("₩52,000");
		assertThat(row.get(CatalogPage.IN_STOCK)).isEqualTo("17");

		Product stored = shop.backends().catalog().product(kettle.sku());
		assertThat(stored.getPrice().getUnits()).isEqualTo(52_000);
		assertThat(stored.getStockOnHand()).isEqualTo(17);
	}

	@Test
	void theSecondOfTwoConflictingEditsIsToldWhoChangedWhatAndNeitherIsLost(Shop shop) {
		TestProduct shelf = shop.data().product("Steel shelf", 120_000, 40);
		ProductForm first = shop.signIn(Role.ADMIN).catalog().search(shelf.name()).open(shelf.sku(), shelf.name());
		ProductForm second = shop.signIn(Role.ADMIN).catalog().search(shelf.name()).open(shelf.sku(), shelf.name());

		first.price().fill("135000");
		first.save().dialog().assertClosed();

		// The second still shows the old price and changes the stock.
		assertThat(second.price().input()).hasValue(amount("120000"));
		second.stock().fill("35");
		second.save();
		assertThat(second.conflict()).containsText("changed this product since you opened it");
		assertThat(second.conflict()).containsText("Price: ₩120,000 → ₩135,000");
		assertThat(second.conflict()).containsText("Your values are still in the form.");
		// Nothing was overwritten: the first edit stands, the second is not saved yet.
		Product between = shop.backends().catalog().product(shelf.sku());
		assertThat(between.getPrice().getUnits()).isEqualTo(135_000);
		assertThat(between.getStockOnHand()).isEqualTo(40);

		// Taking their values keeps the first edit; the second is made again on top of
		// it.
		second.useTheirValues();
		assertThat(second.price().input()).hasValue(amount("135000"));
		second.stock().assertValue("40");
		second.stock().fill("35");
		second.save().dialog().assertClosed();

		Product after = shop.backends().catalog().product(shelf.sku());
		assertThat(after.getPrice().getUnits()).isEqualTo(135_000);
		assertThat(after.getStockOnHand()).isEqualTo(35);
	}

	/** A whole amount as the price field shows it, with or without its two decimals. */
	private static Pattern amount(String whole) {
		return Pattern.compile("^" + whole + "(\\.00)?$");
	}

}
