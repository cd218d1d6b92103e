package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Field;
import com.example.shop.e2e.pages.vaadin.RoundTrip;
import com.example.shop.e2e.pages.vaadin.Text;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The catalog: search, category filter and the product grid (SKU, name, category, price,
 * in stock, available, state); a row opens the product.
 */
public final class CatalogPage extends ListPage {

	/** The grid's columns, in order. */
	public static final int SKU = 0;

	public static final int NAME = 1;

	public static final int CATEGORY = 2;

	public static final int PRICE = 3;

	public static final int IN_STOCK = 4;

	public static final int AVAILABLE = 5;

	CatalogPage(Page page) {
		super(page, "Catalog");
	}

	/**
	 * Searches as a person types: words anywhere in the name, SKU or description, best
	 * matches first. Journeys search a product's full name, which finds it first.
	 */
	public CatalogPage search(String text) {
		searchField().fill(text);
		return this;
	}

	/** The search field. */
	public Field searchField() {
		return Field.labelled(this.page, "Search name, SKU or description");
	}

	/**
	 * Types into the search field key by key, as a person does, without leaving it: the
	 * grid follows shortly after the typing pauses.
	 */
	public CatalogPage type(String text) {
		Field search = searchField();
		search.input().fill("");
		search.input().pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(40));
		return this;
	}

	/**
	 * Picks a category in the filter by its name (the filter shows each with its number
	 * of products), or "All categories".
	 */
	public CatalogPage category(String name) {
		Field.labelled(this.page, "Category").host().click();
		this.page.locator("vaadin-select-item:visible")
			.filter(new Locator.FilterOptions().setHasText(Text.containing(name)))
			.first()
			.click();
		RoundTrip.settle(this.page);
		return this;
	}

	/** The message shown instead of rows when nothing matches. */
	public Locator noMatches() {
		return this.page.getByText(Text.containing("No products match"));
	}

	/** Opens a product: an admin gets its edit form, everyone else its details. */
	public ProductForm open(String sku, String name) {
		grid().open(sku);
		return new ProductForm(this.page, name + " · " + sku);
	}

}
