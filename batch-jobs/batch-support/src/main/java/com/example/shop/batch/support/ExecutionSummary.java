package com.example.shop.batch.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;

/**
 * One execution as people read it: what ran with which parameters, how it ended, and its
 * counts summed over its steps. Batch JVMs run in UTC (each application's {@code main}
 * sets it), so the job repository's local times are UTC.
 *
 * @param id the execution id
 * @param job the job's name
 * @param parameters the identifying parameters, by name
 * @param status the batch status
 * @param startedAt when it started, or null
 * @param endedAt when it ended, or null while it runs
 * @param read items read
 * @param written items written
 * @param skipped items skipped; for a job that counts {@code rejected} rows, those
 * @param counts the job's own counts ({@code inserted}, {@code rejected}, ...)
 * @param message the exit message's first line, if any
 */
public record ExecutionSummary(long id, String job, Map<String, String> parameters, String status, Instant startedAt,
		Instant endedAt, long read, long written, long skipped, Map<String, Long> counts, String message) {

	/** The prefix of a step context's keys that hold the job's own counts. */
	public static final String COUNT_PREFIX = "count.";

	/** The step context key of how many items the step expects, if it knows. */
	public static final String TOTAL = "progress.total";

	/**
	 * The step context key of how many of them an earlier execution of the same run did
	 * (a restart's starting point), so progress counts from the run's start.
	 */
	public static final String DONE_BEFORE = "progress.done-before";

	public static ExecutionSummary of(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		Map<String, Long> counts = new TreeMap<>();
		// Each step once: an execution read back by id from the MongoDB job repository
		// (Spring Batch 6.0) lists each of its steps twice, which doubled catalog's
		// --list.
		Map<Long, StepExecution> steps = new LinkedHashMap<>();
		execution.getStepExecutions().forEach((step) -> steps.putIfAbsent(step.getId(), step));
		for (StepExecution step : steps.values()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount() + step.getFilterCount();
			step.getExecutionContext().entrySet().forEach((entry) -> {
				if (entry.getKey().startsWith(COUNT_PREFIX) && entry.getValue() instanceof Number n) {
					counts.merge(entry.getKey().substring(COUNT_PREFIX.length()), n.longValue(), Long::sum);
				}
			});
		}
		if (counts.containsKey("rejected")) {
			// A job that rejects rows counts them itself: they are its skipped items, the
			// rest were taken.
			skipped = counts.get("rejected");
			written = Math.max(0, read - skipped);
		}
		Map<String, String> parameters = execution.getJobParameters()
			.getIdentifyingParameters()
			.stream()
			.collect(Collectors.toMap(JobParameter::name, (p) -> String.valueOf(p.value()), (a, b) -> a, TreeMap::new));
		return new ExecutionSummary(execution.getId(), execution.getJobInstance().getJobName(), parameters,
				execution.getStatus().name(), utc(execution.getStartTime()), utc(execution.getEndTime()), read, written,
				skipped, counts, firstLine(execution.getExitStatus().getExitDescription()));
	}

	/**
	 * Items per second over the run so far (or the whole run once it ended). Measured
	 * against the system clock, on purpose: Spring Batch takes its start and end times
	 * from it, not from the application's clock.
	 */
	public double rate() {
		if (this.startedAt == null) {
			return 0;
		}
		Instant end = (this.endedAt != null) ? this.endedAt : java.time.Clock.systemUTC().instant();
		long millis = Math.max(1, Duration.between(this.startedAt, end).toMillis());
		return Math.max(this.read, this.written) * 1000.0 / millis;
	}

	/** The parameters as {@code a=1 b=2}. */
	public String parameterText() {
		return this.parameters.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(" "));
	}

	static Instant utc(LocalDateTime time) {
		return (time != null) ? time.toInstant(ZoneOffset.UTC) : null;
	}

	static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String line = text.strip().lines().findFirst().orElse("");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
