package com.example.shop.orders.batch;

import tools.jackson.databind.JsonNode;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders batch's history as the orders service serves it, read from the job
 * repository.
 */
@PostgresServiceTest(database = "orders")
class BatchHistoryApiIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSizeOutsideOneToAHundredIsRefusedNotClamped() {
		// The fuzz suite's find: Spring reads "0x7fffffff" as a number, and the history
		// used to clamp it and answer 200.
		for (String size : new String[] { "0", "101", "0x7fffffff", "-1" }) {
			var response = new LoopbackHttp(this.port).withBearer(Caller.ADMIN.token())
				.get("/api/v1/batch/executions?size=" + size);

			assertThat(response.status()).as(size).isEqualTo(400);
		}
	}

	@Test
	void listsRecentExecutionsNewestFirstWithTheirCountsWhileOneStillRuns() {
		execution(1, "daily-sales-summary", "COMPLETED", "'2026-11-20 00:10:02'", "from", "2026-11-19", 1, 1);
		execution(2, "purge-idempotency-records", "STARTED", "null", "before", "2026-10-21", 0, 5000);

		var response = new LoopbackHttp(this.port).withBearer(Caller.ADMIN.token())
			.get("/api/v1/batch/executions?size=5");

		assertThat(response.status()).isEqualTo(200);
		JsonNode list = response.json();
		assertThat(list.size()).isEqualTo(2);
		JsonNode running = list.get(0);
		assertThat(running.get("id").asLong()).isEqualTo(2);
		assertThat(running.get("job").asString()).isEqualTo("purge-idempotency-records");
		assertThat(running.get("status").asString()).isEqualTo("STARTED");
		assertThat(running.get("endedAt").isNull()).isTrue();
		assertThat(running.get("written").asLong()).isEqualTo(5000);
		assertThat(running.get("hasReport").asBoolean()).isFalse();
		JsonNode done = list.get(1);
		assertThat(done.get("parameters").get("from").asString()).isEqualTo("2026-11-19");
		assertThat(done.get("read").asLong()).isEqualTo(1);
		assertThat(done.get("endedAt").asString()).isEqualTo("2026-11-20T00:10:02Z");
		assertThat(new LoopbackHttp(this.port).withBearer(Caller.ADMIN.token())
			.get("/api/v1/batch/executions/1")
			.json()
			.get("job")
			.asString()).isEqualTo("daily-sales-summary");
		assertThat(
				new LoopbackHttp(this.port).withBearer(Caller.ADMIN.token()).get("/api/v1/batch/executions/3").status())
			.isEqualTo(404);
	}

	private void execution(long id, String job, String status, String endTime, String parameter, String value,
			long read, long written) {
		this.jdbc.sql("insert into batch_job_instance values (:id, 0, :job, :key)")
			.param("id", id)
			.param("job", job)
			.param("key", "key-" + id)
			.update();
		this.jdbc.sql("""
				insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time,
				    end_time, status, exit_code, exit_message, last_updated)
				values (:id, 1, :id, '2026-11-20 00:10:00', '2026-11-20 00:10:00', %s, :status, :status, '',
				    '2026-11-20 00:10:01')""".formatted(endTime)).param("id", id).param("status", status).update();
		this.jdbc.sql("insert into batch_job_execution_params values (:id, :name, 'java.lang.String', :value, 'Y')")
			.param("id", id)
			.param("name", parameter)
			.param("value", value)
			.update();
		this.jdbc.sql("""
				insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id, create_time,
				    start_time, status, commit_count, read_count, filter_count, write_count, read_skip_count,
				    write_skip_count, process_skip_count, rollback_count, last_updated)
				values (:id, 1, 'step', :id, '2026-11-20 00:10:00', '2026-11-20 00:10:00', :status, 1, :read, 0,
				    :written, 0, 0, 0, 0, '2026-11-20 00:10:01')""")
			.param("id", id)
			.param("status", status)
			.param("read", read)
			.param("written", written)
			.update();
	}

}
