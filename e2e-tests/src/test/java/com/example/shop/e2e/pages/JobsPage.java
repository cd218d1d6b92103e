package com.example.shop.e2e.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * The Jobs view (admins): each domain's recent batch runs in its own panel, newest first,
 * with status, counts, a progress bar while a run goes on and a report to download. The
 * view renders its panels anew on every refresh, so a run is looked up afresh each time
 * instead of through one grid found once.
 */
public final class JobsPage {

	/**
	 * The newest run of a job in a domain's panel, as shown: its cells, and its progress
	 * bar's value (0 to 1; -1 when the row shows no bar); null while no row matches.
	 */
	private static final String RUN = """
			([domain, job, status, above]) => {
			  const grid = document.querySelector(`.jobs-panel[data-domain="${domain}"] vaadin-grid`);
			  if (!grid) { return null; }
			  for (const tr of grid.shadowRoot.querySelectorAll('tbody#items tr')) {
			    if (tr.hidden) { continue; }
			    const contents = [...tr.querySelectorAll('td')].map((td) => {
			      const slot = td.querySelector('slot');
			      return slot && slot.assignedElements()[0];
			    });
			    const cells = contents.map((c) => c ? c.textContent.trim() : '');
			    if (!cells[0] || !(cells[0] === job || cells[0].startsWith(job + ' #'))) { continue; }
			    const bar = contents.map((c) => c && c.querySelector('vaadin-progress-bar')).find((b) => b);
			    const progress = bar ? bar.value : -1;
			    return (cells[1] === status && (above == null || progress > above)) ? { cells, progress } : null;
			  }
			  return null;
			}""";

	/**
	 * For {@link #awaitRun(String, String, String, double, Duration)}: any bar at all.
	 */
	public static final double BAR_SHOWN = -0.5;

	private final Page page;

	JobsPage(Page page) {
		this.page = page;
	}

	/**
	 * Waits until the newest run of {@code job} (a job's name, or one run's
	 * {@code name #id}) in the domain's panel shows {@code status}; answers it.
	 */
	public Run awaitRun(String domain, String job, String status, Duration atMost) {
		return await(domain, job, status, null, atMost);
	}

	/**
	 * Waits until the newest run of {@code job} shows {@code status} and a progress bar
	 * further than {@code progressAbove}; answers it.
	 */
	public Run awaitRun(String domain, String job, String status, double progressAbove, Duration atMost) {
		return await(domain, job, status, progressAbove, atMost);
	}

	private Run await(String domain, String job, String status, Double progressAbove, Duration atMost) {
		Object found = this.page
			.waitForFunction(RUN, Arrays.asList(domain, job, status, progressAbove),
					new Page.WaitForFunctionOptions().setPollingInterval(100).setTimeout(atMost.toMillis()))
			.jsonValue();
		Map<?, ?> run = (Map<?, ?>) found;
		List<String> cells = new ArrayList<>();
		for (Object cell : (List<?>) run.get("cells")) {
			cells.add(String.valueOf(cell));
		}
		return new Run(cells, ((Number) run.get("progress")).doubleValue());
	}

	public Page page() {
		return this.page;
	}

	/**
	 * A run as its row shows it.
	 *
	 * @param cells job and number, status, started, ended, read / written / skipped,
	 * items per second, progress, message, report
	 * @param progress the progress bar's value, -1 when none is shown
	 */
	public record Run(List<String> cells, double progress) {

		/** The job's name and number, as {@code product-import #7}. */
		public String name() {
			return this.cells.get(0);
		}

		/** Read / written / skipped, as {@code 10,001 / 10,000 / 1}. */
		public String counts() {
			return this.cells.get(4);
		}

		public String message() {
			return this.cells.get(7);
		}

		public String report() {
			return this.cells.get(8);
		}

	}

}
