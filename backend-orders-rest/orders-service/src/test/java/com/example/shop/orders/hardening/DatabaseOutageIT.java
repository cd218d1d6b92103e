package com.example.shop.orders.hardening;

import java.time.Duration;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.net.LoopbackProxy;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that dies or hangs answers a 503 problem within about a second (the
 * connection timeout, below the BFF's call deadline), instead of parking every request
 * for Hikari's default 30 s; once it is back, requests succeed again. The database sits
 * behind a {@link LoopbackProxy}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TrustsTestIssuer
class DatabaseOutageIT {

	private static final EmbeddedPostgresServer.Database DATABASE = EmbeddedPostgresServer.get()
		.createFreshDatabase("orders_outage");

	private static final LoopbackProxy PROXY = LoopbackProxy.to(DATABASE.port());

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://127.0.0.1:%d/%s".formatted(PROXY.port(), DATABASE.name()));
		registry.add("spring.datasource.username", DATABASE::username);
		registry.add("spring.datasource.password", DATABASE::password);
	}

	@Value("${local.server.port}")
	int port;

	@AfterEach
	void databaseBack() {
		PROXY.pass();
	}

	@ParameterizedTest(name = "the database {0}")
	@ValueSource(strings = { "refuses connections", "stops answering" })
	void aDatabaseOutageIsA503WithinAboutASecondAndPassesWhenItIsBack(String outage) {
		LoopbackHttp http = new LoopbackHttp(this.port).withBearer(Caller.SALES.token());
		awaitAnswering(http);
		if (outage.equals("refuses connections")) {
			PROXY.refuse();
		}
		else {
			PROXY.drop();
		}

		long started = System.nanoTime();
		var during = http.get("/api/v1/orders");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		PROXY.pass();

		assertThat(during.status()).isEqualTo(503);
		assertThat(during.problemType()).isEqualTo("service-unavailable");
		assertThat(during.header("Retry-After")).hasValue("1");
		assertThat(took).isLessThan(Duration.ofMillis(2500));
		awaitAnswering(http);
	}

	/**
	 * Each pooled connection a change of the proxy cut fails once more, then is replaced.
	 */
	private static void awaitAnswering(LoopbackHttp http) {
		Awaitility.await("orders to answer")
			.atMost(Duration.ofSeconds(10))
			.until(() -> http.get("/api/v1/orders").status() == 200);
	}

}
