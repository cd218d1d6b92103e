package com.example.shop.batch.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.example.shop.support.BusinessClock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code purge-idempotency-records}: removes the idempotency records (service-support's
 * {@code idempotency_record} table, in orders' and billing's databases alike) created
 * before a business day, a bounded batch per transaction, so a long purge neither holds
 * one huge transaction nor loses what it did when it is stopped: a restart simply goes on
 * deleting. Parameter {@code before} (yyyy-MM-dd, default today less the retention in the
 * business zone).
 */
public final class IdempotencyRecordsPurge {

	public static final String JOB = "purge-idempotency-records";

	private IdempotencyRecordsPurge() {
	}

	/**
	 * The job.
	 * @param batchSize records deleted per transaction
	 */
	public static Job job(JobRepository repository, PlatformTransactionManager transactions, JdbcClient jdbc,
			BusinessClock business, int batchSize) {
		var purge = new StepBuilder("purge", repository).tasklet((contribution, context) -> {
			LocalDate before = LocalDate.parse(context.getStepContext().getJobParameters().get("before").toString());
			var cutoff = before.atStartOfDay(business.zone()).toInstant().atOffset(ZoneOffset.UTC);
			int deleted = jdbc.sql("""
					delete from idempotency_record where ctid in (
					    select ctid from idempotency_record where created_at < :cutoff limit :batch)""")
				.param("cutoff", cutoff)
				.param("batch", batchSize)
				.update();
			contribution.incrementWriteCount(deleted);
			return (deleted < batchSize) ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
		}, transactions).build();
		return new JobBuilder(JOB, repository).start(purge).build();
	}

	/** Its parameters: {@code before}, by default today less {@code retentionDays}. */
	public static JobParameterDefaults defaults(BusinessClock business, int retentionDays) {
		return JobParameterDefaults.of(JOB, (given) -> {
			JobParameterDefaults.onlyKnown(given, JOB, "before");
			LocalDate today = business.today();
			LocalDate before = JobParameterDefaults.day(given, "before", today.minusDays(retentionDays));
			if (before.isAfter(today)) {
				throw new IllegalArgumentException(
						"before=%s is in the future; records of today may still be".formatted(before) + " replayed");
			}
			return Map.of("before", before.toString());
		});
	}

}
