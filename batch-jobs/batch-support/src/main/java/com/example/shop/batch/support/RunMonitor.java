package com.example.shop.batch.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Watches every job of the application while it runs: records a heartbeat, prints a
 * progress line every few seconds (items read, written and skipped, the rate, and an
 * estimate where the total is known) and keeps the {@code shop.batch.*} metrics:
 * <ul>
 * <li>{@code shop.batch.items} (counter; {@code kind} = read, written, skipped)</li>
 * <li>{@code shop.batch.runs} (counter; {@code status} = how each run ended)</li>
 * <li>{@code shop.batch.duration} (timer; {@code status})</li>
 * <li>{@code shop.batch.rate} (gauge; items per second of the running execution)</li>
 * </ul>
 * each tagged {@code domain} and {@code job}. Registered on every job of the application
 * by {@link BatchSupportAutoConfiguration}.
 */
public class RunMonitor implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunMonitor.class);

	private final BatchSettings settings;

	private final Heartbeats heartbeats;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Consumer<String> out;

	private final ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1,
			Thread.ofPlatform().name("batch-monitor").daemon().factory());

	private final Map<Long, Watch> watches = new ConcurrentHashMap<>();

	private final Map<String, double[]> rates = new ConcurrentHashMap<>();

	public RunMonitor(BatchSettings settings, Heartbeats heartbeats, MeterRegistry meters, Clock clock,
			Consumer<String> out) {
		this.settings = settings;
		this.heartbeats = heartbeats;
		this.meters = meters;
		this.clock = clock;
		this.out = out;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Watch watch = new Watch(execution);
		this.watches.put(execution.getId(), watch);
		String job = execution.getJobInstance().getJobName();
		double[] rate = this.rates.computeIfAbsent(job, (name) -> {
			double[] holder = new double[1];
			this.meters.gauge("shop.batch.rate",
					io.micrometer.core.instrument.Tags.of("domain", this.settings.domain(), "job", name), holder,
					(h) -> h[0]);
			return holder;
		});
		watch.rate = rate;
		beat(execution);
		watch.heartbeat = this.ticker.scheduleAtFixedRate(() -> beat(execution),
				this.settings.heartbeatInterval().toMillis(), this.settings.heartbeatInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		watch.progress = this.ticker.scheduleAtFixedRate(() -> progress(watch),
				this.settings.progressInterval().toMillis(), this.settings.progressInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void afterJob(JobExecution execution) {
		Watch watch = this.watches.remove(execution.getId());
		if (watch == null) {
			return;
		}
		watch.heartbeat.cancel(false);
		watch.progress.cancel(false);
		synchronized (watch) {
			count(watch, ExecutionSummary.of(execution));
		}
		watch.rate[0] = 0;
		beat(execution);
		describeCounts(execution);
		String job = execution.getJobInstance().getJobName();
		String status = execution.getStatus().name();
		Counter.builder("shop.batch.runs")
			.tags("domain", this.settings.domain(), "job", job, "status", status)
			.register(this.meters)
			.increment();
		if (execution.getStartTime() != null) {
			// Spring Batch's own times (the system clock), so the duration is what
			// passed.
			java.time.LocalDateTime ended = (execution.getEndTime() != null) ? execution.getEndTime()
					: java.time.LocalDateTime.now();
			Timer.builder("shop.batch.duration")
				.tags("domain", this.settings.domain(), "job", job, "status", status)
				.register(this.meters)
				.record(Duration.between(execution.getStartTime(), ended));
		}
	}

	/**
	 * A completed job that said nothing else says its own counts ({@code marked 3,
	 * unchanged 1}), so its history shows them: the services read exit messages, not step
	 * contexts.
	 */
	private static void describeCounts(JobExecution execution) {
		var exit = execution.getExitStatus();
		if (execution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED
				&& (exit.getExitDescription() == null || exit.getExitDescription().isBlank())) {
			var counts = ExecutionSummary.of(execution).counts();
			if (!counts.isEmpty()) {
				execution.setExitStatus(exit.addExitDescription(String.join(", ",
						counts.entrySet().stream().map((c) -> c.getKey() + " " + c.getValue()).toList())));
			}
		}
	}

	private void beat(JobExecution execution) {
		try {
			this.heartbeats.beat(execution.getId(), this.clock.instant());
		}
		catch (RuntimeException ex) {
			// A missed beat only delays a restart's recovery; the job goes on.
			log.warn("Could not record the heartbeat of execution {}: {}", execution.getId(), ex.getMessage());
		}
	}

	private void progress(Watch watch) {
		try {
			ExecutionSummary now = ExecutionSummary.of(watch.execution);
			synchronized (watch) {
				count(watch, now);
			}
			double rate = now.rate();
			watch.rate[0] = rate;
			this.out.accept(line(now, runningStepSays(watch.execution, ExecutionSummary.TOTAL),
					runningStepSays(watch.execution, ExecutionSummary.DONE_BEFORE), rate));
		}
		catch (RuntimeException ex) {
			log.debug("No progress line this time", ex);
		}
	}

	/** The progress line of a running execution. */
	static String line(ExecutionSummary now, long total, long doneBefore, double rate) {
		StringBuilder line = new StringBuilder(
				String.format(Locale.ROOT, "[%s #%d] read %,d · written %,d · skipped %,d · %,.1f items/s", now.job(),
						now.id(), now.read(), now.written(), now.skipped(), rate));
		long done = Math.max(now.read(), now.written()) + doneBefore;
		if (total > 0) {
			double share = Math.min(100.0, done * 100.0 / total);
			line.append(String.format(Locale.ROOT, " · %.0f%% of %,d", share, total));
			if (rate > 0 && done < total) {
				long seconds = (long) Math.ceil((total - done) / rate);
				line.append(String.format(Locale.ROOT, " · about %s left", human(Duration.ofSeconds(seconds))));
			}
		}
		return line.toString();
	}

	private static String human(Duration left) {
		if (left.toMinutes() >= 1) {
			return "%d min %02d s".formatted(left.toMinutes(), left.toSecondsPart());
		}
		return left.toSeconds() + " s";
	}

	/**
	 * A number the running step keeps in its context, or 0: what an earlier execution did
	 * ({@link ExecutionSummary#DONE_BEFORE}), what it expects in all
	 * ({@link ExecutionSummary#TOTAL}).
	 */
	private static long runningStepSays(JobExecution execution, String key) {
		long value = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning() && step.getExecutionContext().get(key) instanceof Number n) {
				value = n.longValue();
			}
		}
		return value;
	}

	private void count(Watch watch, ExecutionSummary now) {
		String job = now.job();
		increment(job, "read", now.read() - watch.read);
		increment(job, "written", now.written() - watch.written);
		increment(job, "skipped", now.skipped() - watch.skipped);
		watch.read = Math.max(watch.read, now.read());
		watch.written = Math.max(watch.written, now.written());
		watch.skipped = Math.max(watch.skipped, now.skipped());
	}

	private void increment(String job, String kind, long by) {
		if (by > 0) {
			Counter.builder("shop.batch.items")
				.tags("domain", this.settings.domain(), "job", job, "kind", kind)
				.register(this.meters)
				.increment(by);
		}
	}

	/** Stops the ticker when the application closes. */
	public void close() {
		this.ticker.shutdownNow();
	}

	private static final class Watch {

		private final JobExecution execution;

		private ScheduledFuture<?> heartbeat;

		private ScheduledFuture<?> progress;

		private double[] rate;

		private long read;

		private long written;

		private long skipped;

		Watch(JobExecution execution) {
			this.execution = execution;
		}

	}

}
