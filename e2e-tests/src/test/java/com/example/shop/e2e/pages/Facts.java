package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Text;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A box of facts ("Amount ₩178,000", "Status Open"): a label and its value side by side,
 * as the order and invoice views show them.
 */
public final class Facts {

	private final Page page;

	private final Locator box;

	Facts(Page page, Locator box) {
		this.page = page;
		this.box = box;
	}

	/** The value shown next to this label. */
	public Locator value(String label) {
		return this.box.locator(".fact")
			.filter(new Locator.FilterOptions().setHas(
					this.page.locator("span:first-child", new Page.LocatorOptions().setHasText(Text.exactly(label)))))
			.locator("span:nth-child(2)");
	}

	public Locator locator() {
		return this.box;
	}

}
