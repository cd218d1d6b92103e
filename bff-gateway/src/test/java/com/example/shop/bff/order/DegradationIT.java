package com.example.shop.bff.order;

import java.time.Duration;
import java.util.UUID;

import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.Part;
import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.dashboard.Dashboard;
import com.example.shop.bff.dashboard.DashboardService;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A backend that is dead, hung or slow costs its own part of a view only, and its circuit
 * opens and closes.
 */
@SignedIn(roles = "ADMIN")
@ExtendWith(OutputCaptureExtension.class)
class DegradationIT extends BffIntegrationTest {

	@Autowired
	OrderDetailService details;

	@Autowired
	DashboardService dashboards;

	@Autowired
	BillingBackend billing;

	@Test
	void aDeadBillingLeavesTheOrderPageWithBillingAndCustomerMarkedUnavailable() {
		UUID orderId = placeOne(1).order().id();
		this.backends.billing.refuse();

		OrderDetail detail = this.details.detail(orderId).block();

		assertThat(detail.order().id()).isEqualTo(orderId);
		assertThat(detail.products()).isInstanceOf(Part.Available.class);
		assertThat(detail.billing()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.backend()).isEqualTo("billing"));
		assertThat(detail.customer()).isInstanceOf(Part.Unavailable.class);
		assertThat(detail.pending()).as("unknown is not pending").isEmpty();
	}

	@Test
	void aHungCatalogIsCutOffAtItsDeadlineAndTheRestOfThePageArrives() {
		UUID orderId = placeOne(1).order().id();
		this.backends.catalog.drop();

		OrderDetail detail = this.details.detail(orderId).block();

		assertThat(detail.products()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.reason()).contains("catalog"));
		assertThat(detail.billing()).isInstanceOf(Part.Available.class);
		assertThat(detail.customer()).isInstanceOf(Part.Available.class);
	}

	@Test
	void aBillingSlowerThanItsTimeoutIsMarkedUnavailableNotWaitedFor() {
		UUID orderId = placeOne(1).order().id();
		this.backends.billing.delay(Duration.ofSeconds(3));

		OrderDetail detail = this.details.detail(orderId).block();

		assertThat(detail.billing()).isInstanceOfSatisfying(Part.Unavailable.class,
				// Six timed-out attempts (two calls, three tries each) may already have
				// opened billing's circuit.
				(missing) -> assertThat(missing.reason()).containsAnyOf("did not answer in time", "circuit is open"));
		assertThat(detail.products()).isInstanceOf(Part.Available.class);
	}

	@Test
	void oneTimeBudgetCoversTheWholeRequestAndCallsAfterItIsSpentAreNotMade() {
		UUID orderId = placeOne(1).order().id();
		this.backends.orders.delay(Duration.ofMillis(250));
		long sent = this.backends.orders.requests();

		// The budget starts when the request subscribes; while orders is still answering,
		// the request's 2 s pass. (Orders must have the request first: the proxy's change
		// of mode closed the pooled connections, and an attempt on one of those fails at
		// once and is tried again.)
		var detail = this.details.detail(orderId).toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.backends.orders.requests() > sent);
		this.clock.advance(Duration.ofSeconds(3));

		OrderDetail composed = detail.join();
		assertThat(composed.order().id()).isEqualTo(orderId);
		assertThat(composed.products()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.reason()).contains("time budget is spent"));
		assertThat(composed.billing()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.reason()).contains("time budget is spent"));
	}

	@Test
	void aDeadOrdersServiceMakesTheOrderPageUnavailableNotAServerError() {
		UUID orderId = placeOne(1).order().id();
		this.backends.orders.refuse();

		assertThatExceptionOfType(BackendUnavailable.class).isThrownBy(() -> this.details.detail(orderId).block())
			.satisfies((ex) -> assertThat(ex.backend()).isEqualTo("orders"));
	}

	@Test
	void theDashboardKeepsItsOtherPanelsWhenTheCatalogIsDown() {
		this.backends.catalog.refuse();

		Dashboard dashboard = this.dashboards.dashboard().block();

		assertThat(dashboard.lowStock()).isInstanceOf(Part.Unavailable.class);
		assertThat(dashboard.orders()).isInstanceOf(Part.Available.class);
		assertThat(dashboard.receivables()).isInstanceOf(Part.Available.class);
	}

	@Test
	void billingsCircuitOpensAfterRepeatedFailuresAndClosesOnceItAnswersAgain(CapturedOutput output) {
		CircuitBreaker circuit = this.circuitBreakers.circuitBreaker(BillingBackend.NAME);
		this.backends.billing.refuse();

		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BackendUnavailable.class).isThrownBy(() -> asService(this.billing.receivables()));
		}
		assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		this.backends.billing.pass();
		assertThatExceptionOfType(BackendUnavailable.class).isThrownBy(() -> asService(this.billing.receivables()))
			.withMessageContaining("circuit is open");

		this.clock.advance(Duration.ofSeconds(11));
		asService(this.billing.receivables());
		asService(this.billing.receivables());

		assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(output.getOut()).as("one line as it opens, none per refused call")
			.containsOnlyOnce("billing is failing: its circuit is open")
			.containsOnlyOnce("billing answers again: its circuit is closed");
	}

	@Test
	void refusalsAndNotFoundsAreAnswersAndNeverOpenTheCircuit() {
		CircuitBreaker circuit = this.circuitBreakers.circuitBreaker(BillingBackend.NAME);

		for (int i = 0; i < 8; i++) {
			assertThatExceptionOfType(BackendNotFound.class)
				.isThrownBy(() -> asService(this.billing.customer(UUID.randomUUID())));
		}

		assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	/**
	 * A backend port called directly, as the BFF's own work with no person behind it does
	 * ({@link ServiceIdentity}).
	 */
	private static <T> T asService(Mono<T> call) {
		return ServiceIdentity.runAsService(call).block();
	}

}
