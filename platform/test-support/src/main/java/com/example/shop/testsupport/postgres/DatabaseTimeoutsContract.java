package com.example.shop.testsupport.postgres;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every statement a REST service runs is cancelled by PostgreSQL after 1 s, below the
 * BFF's call deadline, and waits at most 800 ms for a lock, so a slow query or a lock
 * wait never holds a connection (or a lock) for a caller that has gone. Each service's
 * test extends this, annotated with its {@link PostgresServiceTest}.
 */
public abstract class DatabaseTimeoutsContract {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStatementLongerThanTheTimeoutIsCancelledByTheServer() {
		long started = System.nanoTime();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("select pg_sleep(5)").query().singleValue())
			.withMessageContaining("statement timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(this.jdbc.sql("select current_setting('lock_timeout')").query(String.class).single())
			.isEqualTo("800ms");
	}

}
