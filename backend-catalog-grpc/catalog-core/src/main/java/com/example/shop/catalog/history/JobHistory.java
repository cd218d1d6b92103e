package com.example.shop.catalog.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The catalog batch's history as its MongoDB job repository keeps it (Spring Batch's
 * {@code BATCH_*} collections), read-only, without Spring Batch on the service's
 * classpath: what the service serves to the BFF's Jobs view.
 */
@Repository
public class JobHistory {

	/**
	 * What stands for a dot in the execution contexts' keys (MongoDB keys hold none): the
	 * full-width full stop, which no key of ours uses.
	 */
	public static final String KEY_DOT = "\uFF0E";

	private final MongoTemplate mongo;

	JobHistory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The most recent executions, newest first. */
	public List<Execution> recent(int limit) {
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "jobExecutionId")).limit(limit);
		List<Document> executions = this.mongo.find(query, Document.class, "BATCH_JOB_EXECUTION");
		return describe(executions);
	}

	/** One execution. */
	public Optional<Execution> find(long executionId) {
		Document execution = this.mongo.findOne(Query.query(where("jobExecutionId").is(executionId)), Document.class,
				"BATCH_JOB_EXECUTION");
		return (execution != null) ? describe(List.of(execution)).stream().findFirst() : Optional.empty();
	}

	private List<Execution> describe(List<Document> executions) {
		if (executions.isEmpty()) {
			return List.of();
		}
		List<Long> instanceIds = executions.stream().map((e) -> number(e, "jobInstanceId")).distinct().toList();
		Map<Long, String> names = new HashMap<>();
		this.mongo.find(Query.query(where("jobInstanceId").in(instanceIds)), Document.class, "BATCH_JOB_INSTANCE")
			.forEach((i) -> names.put(number(i, "jobInstanceId"), i.getString("jobName")));
		List<Long> executionIds = executions.stream().map((e) -> number(e, "jobExecutionId")).toList();
		Map<Long, List<Document>> steps = new HashMap<>();
		this.mongo.find(Query.query(where("jobExecutionId").in(executionIds)), Document.class, "BATCH_STEP_EXECUTION")
			.forEach((s) -> steps.computeIfAbsent(number(s, "jobExecutionId"), (k) -> new ArrayList<>()).add(s));
		List<Execution> described = new ArrayList<>();
		for (Document e : executions) {
			long id = number(e, "jobExecutionId");
			long read = 0;
			long written = 0;
			long skipped = 0;
			Map<String, Long> counts = new TreeMap<>();
			Long total = null;
			for (Document s : steps.getOrDefault(id, List.of())) {
				read += number(s, "readCount");
				written += number(s, "writeCount");
				skipped += number(s, "readSkipCount") + number(s, "processSkipCount") + number(s, "writeSkipCount")
						+ number(s, "filterCount");
				Map<String, Object> context = contextOf(s);
				for (var entry : context.entrySet()) {
					String key = entry.getKey().replace(KEY_DOT, ".");
					if (key.startsWith("count.") && entry.getValue() instanceof Number n) {
						counts.merge(key.substring("count.".length()), n.longValue(), Long::sum);
					}
					if (key.equals("progress.total") && entry.getValue() instanceof Number n
							&& "STARTED".equals(s.getString("status"))) {
						// What this execution expects: a restart's earlier progress is
						// not in its counts.
						long before = (context.get("progress" + KEY_DOT + "done-before") instanceof Number b)
								? b.longValue() : 0;
						total = Math.max(0, n.longValue() - before);
					}
				}
			}
			if (counts.containsKey("rejected")) {
				skipped = counts.get("rejected");
				written = Math.max(0, read - skipped);
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			if (e.get("jobParameters") instanceof List<?> list) {
				for (Object p : list) {
					if (p instanceof Document parameter && Boolean.TRUE.equals(parameter.getBoolean("identifying"))) {
						parameters.put(parameter.getString("name"), String.valueOf(parameter.get("value")));
					}
				}
			}
			Document exit = e.get("exitStatus", Document.class);
			String message = (exit != null && exit.getString("exitDescription") != null)
					? exit.getString("exitDescription").strip().lines().findFirst().orElse("") : "";
			described
				.add(new Execution(id, number(e, "jobInstanceId"), names.getOrDefault(number(e, "jobInstanceId"), "?"),
						new TreeMap<>(parameters), e.getString("status"), instant(e.get("startTime")),
						instant(e.get("endTime")), read, written, skipped, counts, message, total));
		}
		return described;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> contextOf(Document step) {
		if (step.get("executionContext") instanceof Document context && context.get("map") instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		return Map.of();
	}

	private static long number(Document document, String field) {
		return (document.get(field) instanceof Number n) ? n.longValue() : 0;
	}

	private static Instant instant(Object value) {
		return (value instanceof Date date) ? date.toInstant() : null;
	}

	/**
	 * One execution as the Jobs view shows it.
	 *
	 * @param id the execution id
	 * @param instanceId the run (job instance) it belongs to
	 * @param job the job's name
	 * @param parameters the identifying parameters
	 * @param status the batch status
	 * @param startedAt when it started
	 * @param endedAt when it ended, null while it runs
	 * @param read items read
	 * @param written items written
	 * @param skipped items skipped or rejected
	 * @param counts the job's own counts
	 * @param message the exit message's first line
	 * @param total the items the running execution expects (a restarted one: those left),
	 * if known
	 */
	public record Execution(long id, long instanceId, String job, Map<String, String> parameters, String status,
			Instant startedAt, Instant endedAt, long read, long written, long skipped, Map<String, Long> counts,
			String message, Long total) {
	}

}
