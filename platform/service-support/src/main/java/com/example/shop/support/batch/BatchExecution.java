package com.example.shop.support.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One execution of a domain's batch job as its service serves it (read-only, from the job
 * repository in the domain's own database): the same shape for every REST backend, which
 * the BFF's Jobs view composes.
 *
 * @param id the execution id
 * @param job the job's name
 * @param parameters the identifying parameters
 * @param status STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED
 * @param startedAt when it started
 * @param endedAt when it ended; null while it runs
 * @param read items read
 * @param written items written
 * @param skipped items skipped or rejected
 * @param itemsPerSecond items per second over the execution so far
 * @param message the exit message's first line (counts, where the output went, or why it
 * failed)
 * @param hasReport whether a report of this execution can be downloaded
 */
public record BatchExecution(long id, String job, Map<String, String> parameters, String status, Instant startedAt,
		Instant endedAt, long read, long written, long skipped, double itemsPerSecond, String message,
		boolean hasReport) {

	/** Items per second between {@code startedAt} and {@code endedAt}, or {@code now}. */
	public static double rate(long items, Instant startedAt, Instant endedAt, Instant now) {
		if (startedAt == null) {
			return 0;
		}
		long millis = Math.max(1, Duration.between(startedAt, (endedAt != null) ? endedAt : now).toMillis());
		return Math.round(items * 10_000.0 / millis) / 10.0;
	}

}
