package com.example.shop.e2e.pages;

import java.util.List;

import com.example.shop.e2e.pages.vaadin.Field;
import com.example.shop.e2e.pages.vaadin.Grid;
import com.microsoft.playwright.Page;

/**
 * The catalog: search, category filter and the product grid (SKU, name, category, price,
 * in stock, available, state); a row opens the product.
 */
public final class CatalogPage {

	/** The grid's columns, in order. */
	public static final int SKU = 0;

	public static final int NAME = 1;

	public static final int PRICE = 3;

	public static final int IN_STOCK = 4;

	public static final int AVAILABLE = 5;

	private final Page page;

	CatalogPage(Page page) {
		this.page = page;
	}

	public Grid grid() {
		return Grid.named(this.page, "Catalog");
	}

	/**
	 * Searches as a person types: words anywhere in the name, SKU or description, best
	 * matches first. Journeys search a product's full name, which finds it first.
	 */
	public CatalogPage search(String text) {
		Field.labelled(this.page, "Search name, SKU or description").fill(text);
		return this;
	}

	/** Waits for the product's row, found by its SKU; answers its cells. */
	public List<String> row(String sku) {
		return grid().row(sku);
	}

	/** Opens a product: an admin gets its edit form, everyone else its details. */
	public ProductForm open(String sku, String name) {
		grid().open(sku);
		return new ProductForm(this.page, name + " · " + sku);
	}

}
