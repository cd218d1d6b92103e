package com.example.shop.batch.support;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The command line of every batch application ({@link BatchCommand}): runs a job,
 * restarts the last failed or interrupted one, or lists recent executions, then lets the
 * application exit with a code that says how it went.
 * <ul>
 * <li>Idempotent by parameters: a job whose parameters (defaults included) already
 * completed prints "already completed at …" and exits 0; {@code run=<n>} recomputes on
 * purpose.</li>
 * <li>An execution a kill left STARTED is recovered (marked failed, then restarted) only
 * once its heartbeat is older than {@code app.batch.heartbeat-timeout}; before that the
 * run is refused, so a run still alive elsewhere is never marked failed.</li>
 * </ul>
 * Exit codes: 0 completed (or nothing to do), 1 the job did not complete, 2 a usage
 * error, 3 the job is running elsewhere.
 */
public class BatchRunner implements ApplicationRunner, ExitCodeGenerator {

	public static final int COMPLETED = 0;

	public static final int NOT_COMPLETED = 1;

	public static final int USAGE = 2;

	public static final int RUNNING_ELSEWHERE = 3;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Map<String, Job> jobs;

	private final Map<String, JobParameterDefaults> defaults;

	private final Heartbeats heartbeats;

	private final BatchSettings settings;

	private final Clock clock;

	private final PrintStream printStream;

	private final boolean commandLine;

	private volatile int exitCode = COMPLETED;

	/**
	 * @param out where to print, or {@code null} for {@code System.out} at each line
	 * @param commandLine whether to carry out the application's command line at start-up
	 * ({@code app.batch.command-line}; tests call {@link #execute} instead)
	 */
	public BatchRunner(JobOperator operator, JobRepository repository, List<Job> jobs,
			List<JobParameterDefaults> defaults, Heartbeats heartbeats, BatchSettings settings, Clock clock,
			PrintStream out, boolean commandLine) {
		this.commandLine = commandLine;
		this.operator = operator;
		this.repository = repository;
		this.jobs = jobs.stream()
			.collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a, TreeMap::new));
		this.defaults = defaults.stream().collect(Collectors.toMap(JobParameterDefaults::job, Function.identity()));
		this.heartbeats = heartbeats;
		this.settings = settings;
		this.clock = clock;
		this.printStream = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.commandLine) {
			return;
		}
		this.exitCode = execute(Arrays.asList(args.getSourceArgs()));
	}

	/**
	 * Where the runner speaks: the stream given, or whatever {@code System.out} is now.
	 */
	private PrintStream out() {
		return (this.printStream != null) ? this.printStream : System.out;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * Carries out one command line.
	 * @param args the arguments
	 * @return the exit code
	 */
	public int execute(List<String> args) {
		BatchCommand command;
		try {
			command = BatchCommand.parse(args);
		}
		catch (IllegalArgumentException ex) {
			return usage(ex.getMessage());
		}
		try {
			return switch (command) {
				case BatchCommand.Run run -> run(run);
				case BatchCommand.Restart restart -> restart(restart.job());
				case BatchCommand.ListExecutions list -> list();
			};
		}
		catch (IllegalArgumentException ex) {
			return usage(ex.getMessage());
		}
	}

	private int run(BatchCommand.Run command) {
		Job job = job(command.job());
		JobParameters parameters = parameters(job.getName(), command.parameters());
		JobExecution last = this.repository.getLastJobExecution(job.getName(), parameters);
		if (last != null) {
			if (last.getStatus() == BatchStatus.COMPLETED) {
				out().printf(
						"%s %s already completed at %s (execution %d); nothing to do. Add run=<n> to compute"
								+ " it again.%n",
						job.getName(), describe(parameters), time(last.getEndTime()), last.getId());
				return COMPLETED;
			}
			if (last.getStatus().isRunning()) {
				Optional<Integer> refused = recoverIfDead(last);
				if (refused.isPresent()) {
					return refused.get();
				}
			}
			if (last.getStatus() == BatchStatus.ABANDONED) {
				out().printf("%s %s was abandoned (execution %d) and cannot be restarted; add run=<n> to start"
						+ " afresh.%n", job.getName(), describe(parameters), last.getId());
				return NOT_COMPLETED;
			}
			out().printf("==> %s %s: continuing where execution %d (%s) stopped%n", job.getName(), describe(parameters),
					last.getId(), last.getStatus());
		}
		else {
			out().printf("==> %s %s%n", job.getName(), describe(parameters));
		}
		try {
			return finished(this.operator.start(job, parameters));
		}
		catch (Exception ex) {
			out().printf("%s %s could not start: %s%n", job.getName(), describe(parameters), ex.getMessage());
			return NOT_COMPLETED;
		}
	}

	private int restart(String jobName) {
		List<String> names = (jobName != null) ? List.of(job(jobName).getName()) : List.copyOf(this.jobs.keySet());
		Optional<JobExecution> candidate = names.stream()
			.flatMap((name) -> this.repository.getJobInstances(name, 0, this.settings.listSize()).stream())
			.map(this.repository::getLastJobExecution)
			.filter((execution) -> execution != null && restartable(execution.getStatus()))
			.max(Comparator.comparingLong(JobExecution::getId));
		if (candidate.isEmpty()) {
			out().printf("Nothing to restart: no failed or interrupted execution of %s.%n",
					(jobName != null) ? jobName : "any job");
			return COMPLETED;
		}
		JobExecution last = candidate.get();
		if (last.getStatus().isRunning()) {
			Optional<Integer> refused = recoverIfDead(last);
			if (refused.isPresent()) {
				return refused.get();
			}
			last = this.repository.getJobExecution(last.getId());
		}
		out().printf("==> Restarting %s %s (execution %d, %s)%n", last.getJobInstance().getJobName(),
				describe(last.getJobParameters()), last.getId(), last.getStatus());
		try {
			return finished(this.operator.restart(last));
		}
		catch (Exception ex) {
			out().printf("Execution %d could not be restarted: %s%n", last.getId(), ex.getMessage());
			return NOT_COMPLETED;
		}
	}

	/**
	 * An execution left running: recovered (marked failed) if its heartbeat is older than
	 * the timeout, else the command is refused.
	 * @return the exit code if refused, empty if recovered
	 */
	private Optional<Integer> recoverIfDead(JobExecution execution) {
		Instant now = this.clock.instant();
		Instant lastSign = this.heartbeats.last(execution.getId())
			.orElseGet(() -> Optional.ofNullable(ExecutionSummary.utc(execution.getLastUpdated()))
				.orElse(ExecutionSummary.utc(execution.getCreateTime())));
		Duration silent = Duration.between(lastSign, now);
		if (silent.compareTo(this.settings.heartbeatTimeout()) < 0) {
			out().printf(
					"%s is running (execution %d, last heartbeat %s ago); not touching it. Try again once it"
							+ " ended, or after %s without a heartbeat if it was killed.%n",
					execution.getJobInstance().getJobName(), execution.getId(), human(silent),
					human(this.settings.heartbeatTimeout()));
			return Optional.of(RUNNING_ELSEWHERE);
		}
		out().printf("==> Execution %d of %s was left %s with no heartbeat for %s: marking it failed%n",
				execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus(), human(silent));
		this.operator.recover(execution);
		return Optional.empty();
	}

	private int list() {
		List<ExecutionSummary> recent = this.jobs.keySet()
			.stream()
			.flatMap((name) -> this.repository.getJobInstances(name, 0, this.settings.listSize()).stream())
			.flatMap((instance) -> this.repository.getJobExecutions(instance).stream())
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(this.settings.listSize())
			.map((execution) -> ExecutionSummary.of(this.repository.getJobExecution(execution.getId())))
			.toList();
		if (recent.isEmpty()) {
			out().printf("No executions yet. Jobs: %s%n", String.join(", ", this.jobs.keySet()));
			return COMPLETED;
		}
		out().printf("%6s  %-26s %-10s %-20s %-20s %9s %9s %8s %9s  %s%n", "id", "job", "status", "started", "ended",
				"read", "written", "skipped", "items/s", "parameters, counts, message");
		for (ExecutionSummary e : recent) {
			out().printf(Locale.ROOT, "%6d  %-26s %-10s %-20s %-20s %9d %9d %8d %9.1f  %s%n", e.id(), e.job(),
					e.status(), time(e.startedAt()), time(e.endedAt()), e.read(), e.written(), e.skipped(), e.rate(),
					details(e));
		}
		return COMPLETED;
	}

	private int finished(JobExecution execution) {
		ExecutionSummary summary = ExecutionSummary.of(execution);
		out().printf(Locale.ROOT, "==> %s #%d %s in %s: read %d, written %d, skipped %d (%.1f items/s)%s%n",
				summary.job(), summary.id(), summary.status(),
				human(Duration.between(summary.startedAt(),
						(summary.endedAt() != null) ? summary.endedAt() : java.time.Clock.systemUTC().instant())),
				summary.read(), summary.written(), summary.skipped(), summary.rate(),
				summary.counts().isEmpty() ? "" : "; " + counts(summary));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			if (!summary.message().isEmpty()) {
				out().println("    " + summary.message());
			}
			return COMPLETED;
		}
		String why = execution.getAllFailureExceptions()
			.stream()
			.map(BatchRunner::rootMessage)
			.findFirst()
			.orElse(summary.message());
		out().printf("%s did not complete (%s): %s%n    Fix the cause, then: --restart %s%n", summary.job(),
				summary.status(), why, summary.job());
		return NOT_COMPLETED;
	}

	private Job job(String name) {
		Job job = this.jobs.get(name);
		if (job == null) {
			throw new IllegalArgumentException(
					"No job '%s' here; jobs: %s".formatted(name, String.join(", ", this.jobs.keySet())));
		}
		return job;
	}

	private JobParameters parameters(String job, Map<String, String> given) {
		Map<String, String> withoutRun = new LinkedHashMap<>(given);
		String run = withoutRun.remove("run");
		JobParameterDefaults jobDefaults = this.defaults.get(job);
		Map<String, String> complete = (jobDefaults != null) ? jobDefaults.complete(withoutRun) : withoutRun;
		JobParametersBuilder builder = new JobParametersBuilder();
		new TreeMap<>(complete).forEach(builder::addString);
		if (run != null) {
			builder.addLong("run", JobParameterDefaults.number(given, "run", 1, 1));
		}
		return builder.toJobParameters();
	}

	private int usage(String message) {
		out().printf("%s%nUsage: %s%nJobs: %s%n", message, BatchCommand.USAGE, String.join(", ", this.jobs.keySet()));
		return USAGE;
	}

	private static boolean restartable(BatchStatus status) {
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning();
	}

	private static String describe(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.sorted(Comparator.comparing((p) -> p.name()))
			.map((p) -> p.name() + "=" + p.value())
			.collect(Collectors.joining(" ", "(", ")"));
	}

	private static String details(ExecutionSummary e) {
		StringBuilder details = new StringBuilder(e.parameterText());
		if (!e.counts().isEmpty()) {
			details.append("; ").append(counts(e));
		}
		if (!e.message().isEmpty()) {
			details.append("; ").append(e.message());
		}
		return details.toString();
	}

	private static String counts(ExecutionSummary e) {
		return e.counts()
			.entrySet()
			.stream()
			.map((c) -> c.getKey() + " " + c.getValue())
			.collect(Collectors.joining(", "));
	}

	private static String time(java.time.LocalDateTime time) {
		return time(ExecutionSummary.utc(time));
	}

	private static String time(Instant time) {
		return (time != null) ? TIME.format(time) : "-";
	}

	private static String human(Duration duration) {
		if (duration.toHours() >= 1) {
			return "%d h %02d min".formatted(duration.toHours(), duration.toMinutesPart());
		}
		if (duration.toMinutes() >= 1) {
			return "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
		}
		return "%d.%01d s".formatted(duration.toSeconds(), duration.toMillisPart() / 100);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return ExecutionSummary.firstLine(message);
	}

}
