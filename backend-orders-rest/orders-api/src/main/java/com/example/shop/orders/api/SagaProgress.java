package com.example.shop.orders.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Saga steps done for an order, recorded by the BFF or its reconciler ({@code POST
 * /api/v1/saga/orders/{id}/progress}). Every field is optional and progress only ever
 * moves forward: recording a step twice, or late, changes nothing.
 *
 * @param stockConfirmed the reservation is confirmed
 * @param stockReleased a cancelled order's reservation is released
 * @param reservationId the reservation the order holds from now on (a repair reserved
 * again under a new id); recorded before that reservation is made
 * @param invoiceId the invoice was issued
 * @param attention why a person must look at the order; an empty text clears it
 * @param leaseOwner the reconciler that held the order's lease; its lease ends
 * @param retryAfterSeconds when steps are still pending: how long until the reconciler
 * takes the order up again
 */
public record SagaProgress(Boolean stockConfirmed, Boolean stockReleased, @Size(max = 100) String reservationId,
		UUID invoiceId, @Size(max = 500) String attention, @Size(max = 100) String leaseOwner,
		@Min(0) @Max(86400) Integer retryAfterSeconds) {
}
