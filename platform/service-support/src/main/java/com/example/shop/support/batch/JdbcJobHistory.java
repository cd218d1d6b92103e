package com.example.shop.support.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A domain's batch history read from Spring Batch's JDBC job repository in the domain's
 * own database ({@code batch_job_execution} and friends), without Spring Batch on the
 * service's classpath. The batch applications run in UTC, so the repository's local times
 * are UTC.
 */
public class JdbcJobHistory {

	/** At most this many executions at once. */
	public static final int MAX = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final BiPredicate<String, String> hasReport;

	/**
	 * @param hasReport whether an execution of a job (name) in a status has a report to
	 * download
	 */
	public JdbcJobHistory(JdbcClient jdbc, Clock clock, BiPredicate<String, String> hasReport) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.hasReport = hasReport;
	}

	/** The most recent executions, newest first. */
	public List<BatchExecution> recent(int limit) {
		return describe(this.jdbc.sql(SELECT + " order by e.job_execution_id desc limit :limit")
			.param("limit", Math.clamp(limit, 1, MAX))
			.query(Row::of)
			.list());
	}

	/** One execution. */
	public Optional<BatchExecution> find(long id) {
		return describe(this.jdbc.sql(SELECT + " where e.job_execution_id = :id").param("id", id).query(Row::of).list())
			.stream()
			.findFirst();
	}

	/** The run (job instance) an execution belongs to. */
	public Optional<Long> runOf(long id) {
		return this.jdbc.sql("select job_instance_id from batch_job_execution where job_execution_id = :id")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	private static final String SELECT = """
			select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message
			from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id""";

	private List<BatchExecution> describe(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, Map<String, String>> parameters = new HashMap<>();
		this.jdbc.sql("""
				select job_execution_id, parameter_name, parameter_value from batch_job_execution_params
				where identifying = 'Y' and job_execution_id in (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> parameters.computeIfAbsent(rs.getLong(1), (k) -> new TreeMap<>())
				.put(rs.getString(2), rs.getString(3)))
			.list();
		Map<Long, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select job_execution_id, sum(read_count), sum(write_count),
				       sum(read_skip_count + process_skip_count + write_skip_count + filter_count)
				from batch_step_execution where job_execution_id in (:ids) group by job_execution_id""")
			.param("ids", ids)
			.query((rs, n) -> counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }))
			.list();
		Instant now = this.clock.instant();
		List<BatchExecution> executions = new ArrayList<>();
		for (Row row : rows) {
			long[] c = counts.getOrDefault(row.id(), new long[3]);
			executions.add(new BatchExecution(row.id(), row.job(), parameters.getOrDefault(row.id(), Map.of()),
					row.status(), row.startedAt(), row.endedAt(), c[0], c[1], c[2],
					BatchExecution.rate(Math.max(c[0], c[1]), row.startedAt(), row.endedAt(), now), row.message(),
					this.hasReport.test(row.job(), row.status())));
		}
		return executions;
	}

	private record Row(long id, String job, String status, Instant startedAt, Instant endedAt, String message) {

		static Row of(ResultSet rs, int n) throws SQLException {
			String message = rs.getString(6);
			return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), utc(rs.getTimestamp(4)),
					utc(rs.getTimestamp(5)), (message != null) ? message.strip().lines().findFirst().orElse("") : "");
		}

		private static Instant utc(Timestamp timestamp) {
			return (timestamp != null) ? timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC) : null;
		}

	}

}
