package com.example.shop.e2e.pages.vaadin;

import com.microsoft.playwright.Page;

/**
 * Vaadin Flow answers every click and change over its own request to the server, which
 * Playwright does not know to wait for. {@link #settle(Page)} waits until no Flow client
 * on the page has a request in flight ({@code window.Vaadin.Flow.clients[*].isActive()},
 * what Vaadin's own TestBench waits on; the same requests show the
 * {@code v-loading-indicator}).
 *
 * <p>
 * It covers what the server answers to the user's own action (a validation message, a
 * dialog, a navigation). What the server pushes later (a BFF answer arriving through
 * {@code ui.access}) is not in flight in the browser: wait on what the page then shows,
 * with an assertion.
 */
public final class RoundTrip {

	private static final String SETTLED = """
			() => {
			  const flow = window.Vaadin && window.Vaadin.Flow;
			  if (!flow || !flow.clients) { return document.readyState === 'complete'; }
			  return Object.values(flow.clients).every((client) => typeof client.isActive !== 'function' || !client.isActive());
			}""";

	private RoundTrip() {
	}

	/** Waits until the page's server round-trips are answered. */
	public static void settle(Page page) {
		page.waitForFunction(SETTLED, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
	}

}
