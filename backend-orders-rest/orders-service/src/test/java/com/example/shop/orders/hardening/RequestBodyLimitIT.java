package com.example.shop.orders.hardening;

import java.util.UUID;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import com.example.shop.testsupport.security.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body over {@code app.http.max-request-body} (256 KiB) is a 413 problem, decided from
 * its length before anything parses it, and creates nothing.
 */
@PostgresServiceTest(database = "orders")
class RequestBodyLimitIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFourMegabyteOrderIs413AndCreatesNothing() {
		LoopbackHttp http = new LoopbackHttp(this.port).withBearer(Caller.SALES.token());
		String padding = "x".repeat(4 * 1024 * 1024);
		String body = """
				{"customerId": "%s", "customerName": "%s", "lines": []}""".formatted(UUID.randomUUID(), padding);

		long started = System.nanoTime();
		var response = http.post("/api/v1/orders", body, "Idempotency-Key", UUID.randomUUID().toString());
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.problemType()).isEqualTo("payload-too-large");
		assertThat(this.jdbc.sql("select count(*) from orders").query(Long.class).single()).isZero();
		assertThat(millis).as("refused without reading 4 MB into a parser").isLessThan(2000);
	}

	@Test
	void aBodyJustUnderTheLimitIsParsedAsUsual() {
		LoopbackHttp http = new LoopbackHttp(this.port).withBearer(Caller.SALES.token());
		String body = """
				{"customerId": "%s", "customerName": "%s", "lines": []}""".formatted(UUID.randomUUID(),
				"x".repeat(200 * 1024));

		var response = http.post("/api/v1/orders", body, "Idempotency-Key", UUID.randomUUID().toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation");
	}

}
