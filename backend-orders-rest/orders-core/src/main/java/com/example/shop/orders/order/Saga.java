package com.example.shop.orders.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.orders.api.SagaState;
import com.example.shop.orders.api.SagaStep;

/**
 * The saga progress an order carries: which steps of placing or cancelling it are done.
 * What is left ({@link #pending}) follows from the order's status and these steps, in one
 * place, so the BFF, its reconciler and the order page all read the same answer.
 *
 * @param reservationId the catalog reservation the order holds
 * @param stock where its stock stands
 * @param invoice where its invoice stands
 * @param invoiceId the invoice, once issued
 * @param cancelFrom the status a cancellation started from, while CANCELLING
 * @param attention why a person must look at it, or null
 * @param attempts how often a reconciler took it up
 * @param updatedAt when progress was last recorded
 * @param leaseOwner the reconciler holding its lease, or null
 * @param leaseUntil until when the lease (or back-off) holds, or null
 */
public record Saga(String reservationId, SagaState.StockState stock, SagaState.InvoiceState invoice, UUID invoiceId,
		OrderStatus cancelFrom, String attention, int attempts, Instant updatedAt, String leaseOwner,
		Instant leaseUntil) {

	/** A new order's saga: stock reserved (committed), invoice not yet issued. */
	static Saga started(String reservationId, Instant now) {
		return new Saga(reservationId, SagaState.StockState.PENDING, SagaState.InvoiceState.PENDING, null, null, null,
				0, now, null, null);
	}

	/** What is left for an order in {@code status}, in the order it will be done. */
	public List<SagaStep> pending(OrderStatus status) {
		List<SagaStep> steps = new ArrayList<>();
		switch (status) {
			case CANCELLING -> {
				if (this.invoice != SagaState.InvoiceState.VOIDED) {
					steps.add(SagaStep.VOID_INVOICE);
				}
				steps.add(SagaStep.CANCEL_ORDER);
				steps.add(SagaStep.RELEASE_STOCK);
			}
			case CANCELLED -> {
				if (this.invoice == SagaState.InvoiceState.ISSUED) {
					steps.add(SagaStep.VOID_INVOICE);
				}
				if (this.stock != SagaState.StockState.RELEASED) {
					steps.add(SagaStep.RELEASE_STOCK);
				}
			}
			default -> {
				if (this.stock == SagaState.StockState.PENDING) {
					steps.add(SagaStep.CONFIRM_STOCK);
				}
				if (this.invoice == SagaState.InvoiceState.PENDING) {
					steps.add(SagaStep.ISSUE_INVOICE);
				}
			}
		}
		return steps;
	}

	Saga withStockConfirmed() {
		return (this.stock == SagaState.StockState.PENDING) ? withStock(SagaState.StockState.CONFIRMED) : this;
	}

	Saga withStockReleased() {
		return withStock(SagaState.StockState.RELEASED);
	}

	Saga withInvoice(UUID issued) {
		if (this.invoice != SagaState.InvoiceState.PENDING) {
			return this;
		}
		return new Saga(this.reservationId, this.stock, SagaState.InvoiceState.ISSUED, issued, this.cancelFrom,
				this.attention, this.attempts, this.updatedAt, this.leaseOwner, this.leaseUntil);
	}

	Saga withInvoiceVoided() {
		return new Saga(this.reservationId, this.stock, SagaState.InvoiceState.VOIDED, this.invoiceId, this.cancelFrom,
				this.attention, this.attempts, this.updatedAt, this.leaseOwner, this.leaseUntil);
	}

	Saga withReservation(String id) {
		return new Saga(id, this.stock, this.invoice, this.invoiceId, this.cancelFrom, this.attention, this.attempts,
				this.updatedAt, this.leaseOwner, this.leaseUntil);
	}

	Saga withAttention(String reason) {
		return new Saga(this.reservationId, this.stock, this.invoice, this.invoiceId, this.cancelFrom,
				(reason == null || reason.isBlank()) ? null : reason.strip(), this.attempts, this.updatedAt,
				this.leaseOwner, this.leaseUntil);
	}

	Saga withCancelFrom(OrderStatus from) {
		return new Saga(this.reservationId, this.stock, this.invoice, this.invoiceId, from, this.attention,
				this.attempts, this.updatedAt, this.leaseOwner, this.leaseUntil);
	}

	Saga withLease(String owner, Instant until) {
		return new Saga(this.reservationId, this.stock, this.invoice, this.invoiceId, this.cancelFrom, this.attention,
				this.attempts, this.updatedAt, owner, until);
	}

	Saga touched(Instant at) {
		return new Saga(this.reservationId, this.stock, this.invoice, this.invoiceId, this.cancelFrom, this.attention,
				this.attempts, at, this.leaseOwner, this.leaseUntil);
	}

	private Saga withStock(SagaState.StockState state) {
		return new Saga(this.reservationId, state, this.invoice, this.invoiceId, this.cancelFrom, this.attention,
				this.attempts, this.updatedAt, this.leaseOwner, this.leaseUntil);
	}

}
