package com.example.shop.billing;

import org.junit.jupiter.api.BeforeEach;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The billing service over real HTTP on loopback against the embedded PostgreSQL, each
 * test starting at the test clock's start with an empty database.
 */
@PostgresServiceTest(database = "billing")
public abstract class BillingApiTest {

	@Value("${local.server.port}")
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	protected BillingHttp billing;

	protected LoopbackHttp http;

	@BeforeEach
	void startAtTheTestClocksStart() {
		this.billing = new BillingHttp(this.port);
		this.http = this.billing.raw();
		this.clock.set(TestClockConfiguration.START);
	}

	/** The service on loopback as the tests' caller: {@link #http}. */
	public LoopbackHttp http() {
		return this.http;
	}

}
