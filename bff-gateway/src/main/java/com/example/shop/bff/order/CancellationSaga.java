package com.example.shop.bff.order;

import java.time.Duration;
import java.util.UUID;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.problems.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The cancellation saga's steps: orders moves the order to CANCELLING (with the version
 * the user saw; it blocks shipping) -> billing voids the order's invoice (refused once it
 * has payments: the order goes back where it was) -> orders marks it CANCELLED -> catalog
 * releases the stock -> the steps are recorded on the order. The first step is the only
 * one a user's version guards; from CANCELLING on, every step is idempotent, so
 * cancelling again and the reconciler finish whatever is left.
 */
@Component
record CancellationSaga(OrdersBackend orders, BillingBackend billing, CatalogBackend catalog, SagaGate gate) {

	private static final Logger log = LoggerFactory.getLogger(CancellationSaga.class);

	/** Starts cancelling an order the user saw at {@code version}, then finishes it. */
	Mono<Cancellation> cancel(Order order, long version, String reason) {
		if (order.cancelled()) {
			return finish(order, reason, null).map(CancellationSaga::outcome);
		}
		if (order.version() != version) {
			return Mono.just(new Cancellation.Refused(BackendRefusal.Kind.STALE,
					"Order %s changed since you opened it (now %s); reload it and decide again"
						.formatted(order.number(), order.status()),
					Cancellation.Refused.Reason.CHANGED, order.status(), null));
		}
		// Whether an order may still be cancelled is the orders service's rule: ask the
		// order, never its status.
		if (!order.allows(OrderAction.CANCEL)) {
			return Mono.just(new Cancellation.Refused(BackendRefusal.Kind.CONFLICT,
					"Order %s is %s and can no longer be cancelled".formatted(order.number(), order.status()),
					Cancellation.Refused.Reason.NOT_CANCELLABLE, order.status(), null));
		}
		return this.gate
			.step(SagaGate.Step.MARK_CANCELLING, order.id(),
					this.orders.act(order.id(), OrderAction.CANCEL, version, reason))
			.flatMap((cancelling) -> finish(cancelling, reason, null).map(CancellationSaga::outcome))
			// Shipped, or changed, in between: nothing was touched.
			.onErrorResume(BackendRefusal.class,
					(ex) -> Mono.just(new Cancellation.Refused(ex.kind(), ex.getMessage(),
							(ex.kind() == BackendRefusal.Kind.STALE) ? Cancellation.Refused.Reason.CHANGED
									: Cancellation.Refused.Reason.REFUSED,
							order.status(), ex.problem().orElse(null))))
			.onErrorResume(BackendFailure.class,
					(ex) -> Mono.just(new Cancellation.NotCancelled(
							ex.getMessage() + "; if the order shows as cancelling, it is finished within minutes,"
									+ " else cancel again",
							Cancellation.NotCancelled.Reason.MAY_HAVE_STARTED, ex.backend())));
	}

	/**
	 * Finishes what is left of cancelling an order that is CANCELLING (or CANCELLED with
	 * steps left).
	 * @param leaseOwner the reconciler holding the order's lease, or null
	 * @return the order as it ends, with what is left
	 */
	Mono<Order> finish(Order order, String reason, String leaseOwner) {
		String why = (reason != null && !reason.isBlank()) ? reason
				: (order.cancellationReason() != null) ? order.cancellationReason() : "Order cancelled";
		Mono<Order> decided = needs(order, PendingStep.Step.VOID_INVOICE) || order.status() == OrderStatus.CANCELLING
				? voidThenComplete(order, why) : Mono.just(order);
		return decided.flatMap((now) -> release(now, leaseOwner));
	}

	private Mono<Order> voidThenComplete(Order order, String reason) {
		UUID id = order.id();
		return this.gate.step(SagaGate.Step.VOID_INVOICE, id, this.billing.voidForOrder(id, reason))
			.then(Mono.defer(() -> (order.status() == OrderStatus.CANCELLING)
					? this.gate.step(SagaGate.Step.COMPLETE_CANCELLATION, id, this.orders.completeCancellation(id))
					: Mono.just(order)))
			.onErrorResume(BackendRefusal.class, (ex) -> {
				if (ex.is(ProblemType.INVOICE_HAS_PAYMENTS) && order.status() == OrderStatus.CANCELLING) {
					// It can no longer be cancelled: it keeps its invoice and goes back.
					return this.orders.revertCancellation(id).onErrorResume(BackendFailure.class, (again) -> {
						log.info("Could not put order {} back now ({})", order.number(), again.getMessage());
						return Mono.just(order);
					});
				}
				log.info("Cancelling order {} was refused at a step ({}); the reconciler tries again", order.number(),
						ex.getMessage());
				return Mono.just(order);
			})
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(order));
	}

	private Mono<Order> release(Order order, String leaseOwner) {
		if (order.status() != OrderStatus.CANCELLED || !needs(order, PendingStep.Step.RELEASE_STOCK)) {
			return recordLease(order, SagaStepsDone.none(), leaseOwner);
		}
		String reservation = (order.saga() != null) ? order.saga().reservationId() : order.placementId();
		return this.gate.step(SagaGate.Step.RELEASE_STOCK, order.id(), this.catalog.release(reservation))
			.thenReturn(true)
			// Orders placed outside the saga hold no reservation: nothing to release.
			// Orders
			// from before the saga kept their placement id as reservation id, which may
			// not
			// be a reservation id at all (INVALID): nothing is held under it either.
			.onErrorResume(BackendNotFound.class, (ex) -> Mono.just(true))
			.onErrorResume(BackendRefusal.class,
					(ex) -> Mono.just(ex.kind() == BackendRefusal.Kind.INVALID && !ex.invalidFields().isEmpty()))
			.onErrorResume(BackendFailure.class, (ex) -> Mono.just(false))
			.flatMap((released) -> recordLease(order, released ? SagaStepsDone.none().released() : SagaStepsDone.none(),
					leaseOwner));
	}

	private Mono<Order> recordLease(Order order, SagaStepsDone done, String leaseOwner) {
		boolean left = !SagaPending.of(order).isEmpty() && !(done.stockReleased() && onlyRelease(order));
		SagaStepsDone recorded = (leaseOwner != null) ? done.lease(leaseOwner,
				left ? Duration.ofSeconds(Math.min(300, 5L << Math.min(6, attempts(order)))) : null) : done;
		if (!recorded.any()) {
			return Mono.just(order);
		}
		return this.gate
			.step(SagaGate.Step.RECORD_CANCELLATION, order.id(), this.orders.recordSteps(order.id(), recorded))
			.onErrorResume(BackendFailure.class, (ex) -> {
				log.info("Could not record the cancellation of order {} now ({})", order.number(), ex.getMessage());
				return Mono.just(order);
			});
	}

	private static boolean needs(Order order, PendingStep.Step step) {
		return order.saga() != null && order.saga().pendingSteps().contains(step);
	}

	private static boolean onlyRelease(Order order) {
		return order.saga() != null
				&& order.saga().pendingSteps().equals(java.util.List.of(PendingStep.Step.RELEASE_STOCK));
	}

	private static int attempts(Order order) {
		return (order.saga() != null) ? Math.max(0, order.saga().attempts() - 1) : 0;
	}

	private static Cancellation outcome(Order order) {
		return switch (order.status()) {
			case CANCELLED -> SagaPending.of(order).isEmpty() ? new Cancellation.Cancelled(order)
					: new Cancellation.CancelledWithPendingSteps(order, SagaPending.of(order));
			case CANCELLING -> new Cancellation.CancelledWithPendingSteps(order, SagaPending.of(order));
			// Put back: its invoice has payments.
			default -> new Cancellation.Refused(BackendRefusal.Kind.CONFLICT,
					"Order %s has payments on its invoice and can no longer be cancelled; it stays %s"
						.formatted(order.number(), order.status()),
					Cancellation.Refused.Reason.HAS_PAYMENTS, order.status(), ProblemType.INVOICE_HAS_PAYMENTS);
		};
	}

}
