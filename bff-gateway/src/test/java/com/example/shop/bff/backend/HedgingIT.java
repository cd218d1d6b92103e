package com.example.shop.bff.backend;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.Money;
import com.example.shop.bff.billing.CustomerDraft;
import com.example.shop.bff.support.BffIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A read whose answer is slow is sent again after {@code app.bff.retry.hedge-after} (100
 * ms), and the first answer of the two is taken; a write is never sent twice.
 */
class HedgingIT extends BffIntegrationTest {

	@Autowired
	BillingBackend billing;

	@Test
	void aReadWhoseAnswerIsHeldBackIsAnsweredByItsHedgeNotByTheRetryAfterTheTimeout() {
		UUID id = this.data.customer("1000.00");
		BackendCalls calls = ((BillingRestBackend) this.billing).calls();
		long hedgedBefore = calls.hedged();
		// The first answer waits far longer than billing's call timeout (1.2 s); without
		// the hedge the read would time out and its retry would answer after that.
		this.backends.billing.delayAnswers(1, Duration.ofSeconds(30));

		long started = System.nanoTime();
		Customer customer = asService(this.billing.customer(id));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(customer.id()).isEqualTo(id);
		assertThat(calls.hedged()).isEqualTo(hedgedBefore + 1);
		assertThat(took).as("answered by the hedge, before the call timeout").isLessThan(Duration.ofMillis(1200));
	}

	@Test
	void aWriteWhoseAnswerIsHeldBackIsNeverSentAgain() {
		UUID id = this.data.customer("1000.00");
		Customer opened = asService(this.billing.customer(id));
		BackendCalls calls = ((BillingRestBackend) this.billing).calls();
		long hedgedBefore = calls.hedged();
		this.backends.billing.delayAnswers(1, Duration.ofSeconds(30));

		CustomerDraft change = new CustomerDraft(opened.name(), opened.email(),
				Money.of(new BigDecimal("2000.00"), "KRW"), opened.paymentTermsDays(), opened.status());
		assertThatExceptionOfType(BackendUnavailable.class)
			.isThrownBy(() -> asService(this.billing.changeCustomer(id, opened.version(), change)));

		assertThat(calls.hedged()).as("a write is not hedged: its answer is lost, not raced").isEqualTo(hedgedBefore);
	}

	private static <T> T asService(Mono<T> call) {
		return ServiceIdentity.runAsService(call).block();
	}

}
