package com.example.shop.batch.support;

import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job test of a batch application on PostgreSQL (orders, billing): it runs commands
 * through {@link BatchRunner#execute} as the command line does, reads and prepares its
 * database with {@link #jdbc}, and starts at the test clock's start. Subclasses carry
 * their application's test annotation.
 */
public abstract class JdbcBatchJobTest {

	@Autowired
	protected BatchRunner runner;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	@BeforeEach
	void startAtTheTestClocksStart() {
		this.clock.set(TestClockConfiguration.START);
	}

}
