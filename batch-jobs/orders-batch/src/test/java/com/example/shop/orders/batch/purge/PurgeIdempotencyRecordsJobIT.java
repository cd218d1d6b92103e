package com.example.shop.orders.batch.purge;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.batch.support.JdbcBatchJobTest;
import com.example.shop.orders.batch.OrdersBatchTest;
import com.example.shop.testsupport.postgres.RefusedRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** Purges in batches of 2 (the test's {@code app.batch.purge.batch-size}). */
@OrdersBatchTest
class PurgeIdempotencyRecordsJobIT extends JdbcBatchJobTest {

	static final String KEYS = "select key from idempotency_record order by key";

	@BeforeEach
	void setUp() {
		// The retention is 30 days: records created before 2026-10-21 00:00 in Seoul go.
		record("old-1", "2026-09-01T00:00:00Z");
		record("old-2", "2026-10-01T00:00:00Z");
		record("old-3", "2026-10-19T12:00:00Z");
		record("old-4", "2026-10-20T14:59:59Z");
		record("old-5", "2026-10-05T00:00:00Z");
		record("kept-1", "2026-10-20T15:00:00Z");
		record("kept-2", "2026-11-20T00:00:00Z");
	}

	@Test
	void removesTheRecordsOlderThanTheRetentionAndKeepsTheRest() {
		assertThat(this.runner.execute(List.of("purge-idempotency-records"))).isZero();

		assertThat(this.jdbc.sql(KEYS).query(String.class).list()).containsExactly("kept-1", "kept-2");
		assertThat(
				this.jdbc.sql("select parameter_value from batch_job_execution_params where parameter_name = 'before'")
					.query(String.class)
					.single())
			.isEqualTo("2026-10-21");
	}

	@Test
	void theSecondIdenticalRunChangesNothing(CapturedOutput output) {
		this.runner.execute(List.of("purge-idempotency-records", "before=2026-10-21"));
		record("old-6", "2026-10-01T00:00:00Z");

		assertThat(this.runner.execute(List.of("purge-idempotency-records"))).isZero();

		assertThat(output).contains("already completed at");
		assertThat(this.jdbc.sql(KEYS).query(String.class).list()).contains("old-6");
	}

	@Test
	void aRunFailedPartWayThenRestartedEndsAsAnUninterruptedRun(CapturedOutput output) {
		RefusedRows old5 = RefusedRows.refuse(this.jdbc, "delete", "idempotency_record", "old.key = 'old-5'",
				"lock timeout (test)");

		assertThat(this.runner.execute(List.of("purge-idempotency-records"))).isEqualTo(BatchRunner.NOT_COMPLETED);
		assertThat(output).contains("lock timeout (test)");
		assertThat(this.jdbc.sql(KEYS).query(String.class).list()).contains("old-5").hasSizeLessThan(7);

		old5.lift();
		assertThat(this.runner.execute(List.of("--restart", "purge-idempotency-records"))).isZero();

		assertThat(this.jdbc.sql(KEYS).query(String.class).list()).containsExactly("kept-1", "kept-2");
	}

	@Test
	void aDayInTheFutureIsRefused(CapturedOutput output) {
		assertThat(this.runner.execute(List.of("purge-idempotency-records", "before=2026-11-21")))
			.isEqualTo(BatchRunner.USAGE);
		assertThat(output).contains("before=2026-11-21 is in the future");
		assertThat(this.jdbc.sql(KEYS).query(String.class).list()).hasSize(7);
	}

	private void record(String key, String createdAt) {
		this.jdbc.sql("""
				insert into idempotency_record (scope, key, request_hash, response_body, created_at)
				values ('orders.create', :key, repeat('0', 64), '{}', :at)""")
			.param("key", key)
			.param("at", Instant.parse(createdAt).atOffset(ZoneOffset.UTC))
			.update();
	}

}
