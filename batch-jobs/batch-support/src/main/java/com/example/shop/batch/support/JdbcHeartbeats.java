package com.example.shop.batch.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Heartbeats in the {@code batch_heartbeat} table that orders' and billing's migrations
 * create beside Spring Batch's tables.
 */
public class JdbcHeartbeats implements Heartbeats {

	private final JdbcClient jdbc;

	public JdbcHeartbeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beat(long executionId, Instant at) {
		this.jdbc.sql("""
				insert into batch_heartbeat (job_execution_id, beat_at) values (:id, :at)
				on conflict (job_execution_id) do update set beat_at = excluded.beat_at""")
			.param("id", executionId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	public Optional<Instant> last(long executionId) {
		return this.jdbc.sql("select beat_at from batch_heartbeat where job_execution_id = :id")
			.param("id", executionId)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

}
