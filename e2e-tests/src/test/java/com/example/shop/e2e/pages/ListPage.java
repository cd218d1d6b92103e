package com.example.shop.e2e.pages;

import java.util.List;

import com.example.shop.e2e.pages.vaadin.Grid;
import com.microsoft.playwright.Page;

/**
 * A view that lists its rows in one grid, named as the view is; a row is found by a text
 * it shows (a number, a name, a SKU).
 */
public abstract class ListPage {

	protected final Page page;

	private final String gridName;

	ListPage(Page page, String gridName) {
		this.page = page;
		this.gridName = gridName;
	}

	public Grid grid() {
		return Grid.named(this.page, this.gridName);
	}

	/** Waits for the row that shows this text; answers its cells. */
	public List<String> row(String text) {
		return grid().row(text);
	}

}
