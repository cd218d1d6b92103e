package com.example.shop.bff.order;

import java.time.Duration;
import java.util.UUID;

/**
 * Saga steps done for an order, as the BFF records them on the order. Progress only moves
 * forward, so recording twice or late changes nothing.
 *
 * @param stockConfirmed the reservation was confirmed
 * @param stockReleased a cancelled order's reservation was released
 * @param reservationId the reservation the order holds from now on (a repair), or null
 * @param invoiceId the invoice issued, or null
 * @param attention why a person must look (empty clears it), or null
 * @param leaseOwner the reconciler whose lease ends, or null
 * @param retryAfter when steps are left, when the reconciler takes the order up again; or
 * null
 */
public record SagaStepsDone(boolean stockConfirmed, boolean stockReleased, String reservationId, UUID invoiceId,
		String attention, String leaseOwner, Duration retryAfter) {

	/** Nothing done yet. */
	public static SagaStepsDone none() {
		return new SagaStepsDone(false, false, null, null, null, null, null);
	}

	public SagaStepsDone confirmed() {
		return new SagaStepsDone(true, this.stockReleased, this.reservationId, this.invoiceId, this.attention,
				this.leaseOwner, this.retryAfter);
	}

	public SagaStepsDone released() {
		return new SagaStepsDone(this.stockConfirmed, true, this.reservationId, this.invoiceId, this.attention,
				this.leaseOwner, this.retryAfter);
	}

	public SagaStepsDone reservation(String id) {
		return new SagaStepsDone(this.stockConfirmed, this.stockReleased, id, this.invoiceId, this.attention,
				this.leaseOwner, this.retryAfter);
	}

	public SagaStepsDone invoice(UUID id) {
		return new SagaStepsDone(this.stockConfirmed, this.stockReleased, this.reservationId, id, this.attention,
				this.leaseOwner, this.retryAfter);
	}

	public SagaStepsDone attention(String why) {
		return new SagaStepsDone(this.stockConfirmed, this.stockReleased, this.reservationId, this.invoiceId, why,
				this.leaseOwner, this.retryAfter);
	}

	public SagaStepsDone lease(String owner, Duration retry) {
		return new SagaStepsDone(this.stockConfirmed, this.stockReleased, this.reservationId, this.invoiceId,
				this.attention, owner, retry);
	}

	/** Whether there is anything to record. */
	public boolean any() {
		return this.stockConfirmed || this.stockReleased || this.reservationId != null || this.invoiceId != null
				|| this.attention != null || this.leaseOwner != null || this.retryAfter != null;
	}

}
