package com.example.shop.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The dashboard: key figures and four panels, each drawn from its own backend. */
public final class DashboardPage {

	/** The panels, by the id each carries. */
	public enum Panel {

		REVENUE, STATUS, AGEING, LOW_STOCK;

		String id() {
			return "#panel-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final Page page;

	DashboardPage(Page page) {
		this.page = page;
	}

	public Locator panel(Panel panel) {
		return this.page.locator(panel.id());
	}

	/**
	 * Waits until every panel has drawn from its backend, and none says it is
	 * unavailable.
	 */
	public DashboardPage assertEveryPanelShown() {
		for (Panel panel : Panel.values()) {
			assertThat(panel(panel)).isVisible();
		}
		assertThat(panel(Panel.REVENUE).locator("svg")).isVisible();
		assertThat(this.page.locator(".unavailable")).hasCount(0);
		return this;
	}

	/** Waits until this panel says its data is not available right now. */
	public DashboardPage assertUnavailable(Panel panel) {
		assertThat(panel(panel).locator(".unavailable")).isVisible();
		return this;
	}

}
