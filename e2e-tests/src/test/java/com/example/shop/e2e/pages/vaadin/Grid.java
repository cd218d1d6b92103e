package com.example.shop.e2e.pages.vaadin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Vaadin grid. Its cells live in the page as {@code vaadin-grid-cell-content}, its rows
 * in the grid's shadow DOM, and only the rows in view exist at all (lazy loading): a row
 * is found by the text of one of its cells, scrolling the grid until it shows up.
 */
public final class Grid {

	/**
	 * Finds the row with a cell reading exactly {@code key} and answers its cells' texts,
	 * once the grid is not loading rows; answers {@code null} after scrolling one screen
	 * further when it is not in view, so that polling this walks through a long lazy
	 * grid.
	 */
	private static final String ROW = """
			([grid, key]) => {
			  // Rows being fetched anew (a filter just changed) are not clicked: a click on a
			  // row the grid is about to replace would be lost.
			  if (grid.loading) { return null; }
			  const texts = (tr) => [...tr.querySelectorAll('td')].map((td) => {
			    const slot = td.querySelector('slot');
			    const content = slot && slot.assignedElements()[0];
			    return content ? content.textContent.trim() : '';
			  });
			  const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')].filter((tr) => !tr.hidden);
			  for (const tr of rows) {
			    const cells = texts(tr);
			    if (cells.includes(key)) { return cells; }
			  }
			  const indexes = rows.map((tr) => tr.index).filter((i) => Number.isInteger(i));
			  const last = indexes.length ? Math.max(...indexes) : 0;
			  grid.scrollToIndex((last + 1 < grid.size) ? last : 0);
			  return null;
			}""";

	/**
	 * The texts of the cells of the body row that has the keyboard focus, or null when no
	 * body cell of the grid has it (a header cell, or nothing of the grid).
	 */
	private static final String FOCUSED_ROW = """
			(grid) => {
			  const cell = grid.shadowRoot.activeElement;
			  if (!cell || cell.localName !== 'td' || !cell.closest('tbody#items')) { return null; }
			  return [...cell.parentElement.querySelectorAll('td')].map((td) => {
			    const slot = td.querySelector('slot');
			    const content = slot && slot.assignedElements()[0];
			    return content ? content.textContent.trim() : '';
			  });
			}""";

	private final Page page;

	private final Locator grid;

	private Grid(Page page, Locator grid) {
		this.page = page;
		this.grid = grid;
	}

	/**
	 * The grid with this accessible name (every grid of the UI has one; Vaadin puts it on
	 * the table inside the grid).
	 */
	public static Grid named(Page page, String name) {
		return new Grid(page,
				page.locator("vaadin-grid")
					.filter(new Locator.FilterOptions()
						.setHas(page.locator("table[aria-label='" + name.replace("'", "\\'") + "']"))));
	}

	/** The only, or first, grid within {@code scope}. */
	public static Grid in(Page page, Locator scope) {
		return new Grid(page, scope.locator("vaadin-grid").first());
	}

	public Locator locator() {
		return this.grid;
	}

	/**
	 * A cell showing exactly this text. Only shown cells count: a lazy grid keeps the
	 * cells of rows it recycled (after a filter changed, for example) hidden in the page.
	 */
	public Locator cell(String text) {
		return this.grid.locator("vaadin-grid-cell-content:visible",
				new Locator.LocatorOptions().setHasText(Text.exactly(text)));
	}

	/**
	 * Waits until a row with a cell reading exactly {@code key} shows up; answers its
	 * cells' texts.
	 */
	public List<String> row(String key) {
		this.grid.waitFor();
		Object cells = this.page
			.waitForFunction(ROW, List.of(this.grid.elementHandle(), key),
					new Page.WaitForFunctionOptions().setPollingInterval(100))
			.jsonValue();
		List<String> texts = new ArrayList<>();
		for (Object cell : (List<?>) cells) {
			texts.add(String.valueOf(cell));
		}
		return texts;
	}

	/**
	 * Opens a row (a click on its cell reading exactly {@code key}). A live update (the
	 * catalog's change stream) can render the row anew between finding its cell and
	 * clicking it; Playwright would then wait on the replaced, hidden cell for good, so
	 * each attempt finds the cell again, until the usual 30 seconds are spent.
	 */
	public void open(String key) {
		row(key);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			try {
				cell(key).first().click(new Locator.ClickOptions().setTimeout(3_000));
				break;
			}
			catch (TimeoutError replaced) {
				if (System.nanoTime() > deadline) {
					throw replaced;
				}
			}
		}
		RoundTrip.settle(this.page);
	}

	/**
	 * Opens a row with the keyboard alone: Tab until a row of the grid has the focus (the
	 * page's fields and the grid's header come first), the down arrow until the focused
	 * row has a cell reading exactly {@code key}, then Enter.
	 */
	public void openWithKeyboard(String key) {
		row(key);
		for (int tabs = 0; tabs < 30 && focusedRow() == null; tabs++) {
			this.page.keyboard().press("Tab");
		}
		if (focusedRow() == null) {
			throw new AssertionError("Tab never reached the grid's rows");
		}
		for (int arrows = 0; arrows < 100 && !focusedRow().contains(key); arrows++) {
			this.page.keyboard().press("ArrowDown");
		}
		if (!focusedRow().contains(key)) {
			throw new AssertionError(
					"The down arrow never reached the row of " + key + "; it stopped at " + focusedRow());
		}
		this.page.keyboard().press("Enter");
		RoundTrip.settle(this.page);
	}

	/** The texts of the row that has the keyboard focus; null when none has it. */
	public List<String> focusedRow() {
		Object cells = this.page.evaluate(FOCUSED_ROW, this.grid.elementHandle());
		if (cells == null) {
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (Object cell : (List<?>) cells) {
			texts.add(String.valueOf(cell));
		}
		return texts;
	}

	/** Waits until a cell reads exactly this text. */
	public void assertShows(String text) {
		assertThat(cell(text).first()).isVisible();
	}

	/** Waits until the grid holds exactly this many rows (loaded or not). */
	public void assertSize(int rows) {
		this.grid.waitFor();
		this.page.waitForFunction("([grid, rows]) => grid.size === rows", List.of(this.grid.elementHandle(), rows));
	}

	/** Waits until the grid holds no rows at all. */
	public void assertEmpty() {
		this.grid.waitFor();
		this.page.waitForFunction("(grid) => grid.size === 0", this.grid.elementHandle());
	}

}
