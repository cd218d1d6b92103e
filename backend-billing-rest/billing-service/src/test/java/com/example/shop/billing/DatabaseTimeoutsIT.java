package com.example.shop.billing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.example.shop.testsupport.postgres.PostgresServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every statement the service runs is cancelled by PostgreSQL after 1 s, below the BFF's
 * call deadline, so a slow query or a lock wait never holds a connection (or a lock) for
 * a caller that has gone.
 */
@PostgresServiceTest(database = "billing")
class DatabaseTimeoutsIT {

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
