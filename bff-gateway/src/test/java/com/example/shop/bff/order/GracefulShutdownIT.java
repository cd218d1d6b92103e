package com.example.shop.bff.order;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.example.shop.bff.support.BffTestApplication;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.testsupport.security.TestIssuer;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A saga started outside any HTTP request, as the UI starts one (the view subscribes and
 * returns), is waited for when the BFF shuts down: no web server's graceful shutdown sees
 * it, so the BFF counts it itself.
 */
class GracefulShutdownIT {

	/** A sales person signed in through the UI, with the test issuer's token. */
	@SignedIn(value = "sales", roles = "SALES")
	private static final class Sales {

	}

	private static final SignedIn SALES = Sales.class.getAnnotation(SignedIn.class);

	private final RealBackends backends = RealBackends.get();

	private final TestData data = TestData.forBenchmark(this.backends);

	@Test
	void aShutdownWaitsForASagaStartedFromTheUiAndTheSagaCompletes() {
		String gateDir = "target/graceful-shutdown-gate";
		Map<String, Object> properties = new LinkedHashMap<>(this.backends.bffProperties());
		properties.put("server.port", "0");
		properties.put("app.bff.saga.test-gate-dir", gateDir);
		properties.put("app.bff.saga.shutdown-wait", System.getProperty("shutdown.wait", "20s"));
		properties.put("app.bff.request-budget", "10s");
		properties.put("logging.level.root", "WARN");
		// The backends trust the test issuer; so does the BFF, whose caller carries its
		// token.
		properties.put("app.security.issuer-uri", TestIssuer.get().issuerUri());
		ConfigurableApplicationContext bff = new SpringApplicationBuilder(BffTestApplication.class)
			.properties(properties)
			.run();
		AtomicBoolean closing = new AtomicBoolean();
		bff.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> closing.set(true));
		PlaceOrder command = this.data.orderOfOne(3);
		SagaGateFiles gate = new SagaGateFiles(gateDir);
		gate.hold(command.placementId(), "ISSUE_INVOICE");

		// As the new-order view does: subscribe as the signed-in user, and return.
		SecurityContextHolder.setContext(new SignedIn.Factory().createSecurityContext(SALES));
		CompletableFuture<Placement> placement;
		try {
			placement = bff.getBean(PlaceOrderService.class).place(command).toFuture();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		gate.awaitHeld(command.placementId(), "ISSUE_INVOICE");
		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(bff::close);
		await().atMost(Duration.ofSeconds(20)).untilTrue(closing);
		gate.release(command.placementId(), "ISSUE_INVOICE");
		shutdown.join();

		assertThat(placement).isCompleted();
		assertThat(placement.join()).isInstanceOf(Placement.Placed.class);
		UUID orderId = ((Placement.Placed) placement.join()).order().id();
		assertThat(this.data.invoicesOfOrder(orderId).path("total").asLong()).isOne();
		assertThat(this.data.order(orderId).path("saga").path("pendingSteps")).isEmpty();
	}

}
