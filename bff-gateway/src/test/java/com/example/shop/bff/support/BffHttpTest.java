package com.example.shop.bff.support;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests that call {@code /bff/v1} over HTTP as its clients do: a
 * loopback client for the BFF's port and the {@code Authorization} values of the UI's
 * sales, billing and admin users.
 */
public abstract class BffHttpTest extends BffIntegrationTest {

	protected static final String SALES = "Bearer " + Caller.SALES.token();

	protected static final String BILLING = "Bearer " + Caller.BILLING.token();

	protected static final String ADMIN = "Bearer " + Caller.ADMIN.token();

	protected LoopbackHttp http;

	@BeforeEach
	void loopbackClient(@LocalServerPort int port) {
		this.http = new LoopbackHttp(port);
	}

}
