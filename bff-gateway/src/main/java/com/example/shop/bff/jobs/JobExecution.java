package com.example.shop.bff.jobs;

import java.time.Instant;
import java.util.Map;

/**
 * One execution of a domain's batch job, as the Jobs view shows it.
 *
 * @param domain the domain whose batch ran it ({@code orders}, {@code catalog},
 * {@code billing})
 * @param id the execution id, within its domain
 * @param job the job's name
 * @param parameters the identifying parameters
 * @param status STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED
 * @param startedAt when it started
 * @param endedAt when it ended; null while it runs
 * @param read items read
 * @param written items written
 * @param skipped items skipped or rejected
 * @param itemsPerSecond the rate so far
 * @param total how many items the running step expects, if known
 * @param message the exit message's first line
 * @param hasReport whether a report (rejects, statements) can be downloaded
 */
public record JobExecution(String domain, long id, String job, Map<String, String> parameters, String status,
		Instant startedAt, Instant endedAt, long read, long written, long skipped, double itemsPerSecond, Long total,
		String message, boolean hasReport) {

	public JobExecution {
		parameters = Map.copyOf(parameters);
	}

	/** Whether it is still running (or was left running by a killed process). */
	public boolean running() {
		return this.status.startsWith("START") || this.status.equals("STOPPING");
	}

	/** Done out of the expected total, 0 to 1, or null when the total is unknown. */
	public Double progress() {
		return (this.total != null && this.total > 0)
				? Math.min(1.0, Math.max(this.read, this.written) / (double) this.total) : null;
	}

}
