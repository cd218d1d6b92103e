package com.example.shop.bff.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.catalog.CatalogBackend;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Cancels an order across the backends: void the invoice (billing refuses once it has
 * payments) -> cancel the order with the version the user saw -> release the stock. A
 * step that does not happen after an earlier one did is reported as pending; cancelling
 * again finishes it, since every step checks what is already done.
 */
@Service
public class CancelOrderService {

	private final OrdersBackend orders;

	private final BillingBackend billing;

	private final CatalogBackend catalog;

	CancelOrderService(OrdersBackend orders, BillingBackend billing, CatalogBackend catalog) {
		this.orders = orders;
		this.billing = billing;
		this.catalog = catalog;
	}

	/**
	 * Cancels, or finishes cancelling, an order.
	 * @param orderId the order
	 * @param version the order version the user saw
	 * @param reason why, shown on the order
	 * @return how it ended
	 */
	@PreAuthorize(Roles.SALES_OR_ADMIN)
	public Mono<Cancellation> cancel(UUID orderId, long version, String reason) {
		return this.orders.get(orderId).flatMap((order) -> {
			boolean alreadyCancelled = order.status() == OrderStatus.CANCELLED;
			if (!alreadyCancelled && order.version() != version) {
				return Mono.just(refused(BackendRefusal.Kind.STALE,
						"Order %s changed since you opened it (now %s); reload it and decide again"
							.formatted(order.number(), order.status())));
			}
			// Whether an order may still be cancelled is the orders service's rule: ask
			// the order, never its status.
			if (!alreadyCancelled && !order.allows(OrderAction.CANCEL)) {
				return Mono.just(refused(BackendRefusal.Kind.CONFLICT,
						"Order %s is %s and can no longer be cancelled".formatted(order.number(), order.status())));
			}
			return this.billing.invoiceOfOrder(orderId)
				.flatMap((invoice) -> voidInvoice(invoice, reason))
				.flatMap((voided) -> alreadyCancelled ? Mono.just(order)
						: this.orders.act(orderId, OrderAction.CANCEL, version, reason))
				.flatMap(this::releaseStock)
				.onErrorResume(BackendRefusal.class, (ex) -> afterRefusal(orderId, ex))
				.onErrorResume(BackendFailure.class, (ex) -> afterFailure(orderId, ex));
		})
			.onErrorResume(BackendUnavailable.class,
					(ex) -> Mono.just(new Cancellation.NotCancelled(ex.getMessage() + "; nothing was changed")));
	}

	private Mono<Boolean> voidInvoice(Optional<Invoice> invoice, String reason) {
		if (invoice.isEmpty() || invoice.get().status() == InvoiceStatus.VOID) {
			return Mono.just(true);
		}
		return this.billing
			.voidInvoice(invoice.get().id(), invoice.get().version(),
					(reason != null && !reason.isBlank()) ? reason : "Order cancelled")
			.thenReturn(true);
	}

	private Mono<Cancellation> releaseStock(Order cancelled) {
		return this.catalog.release(cancelled.placementId())
			.thenReturn((Cancellation) new Cancellation.Cancelled(cancelled))
			// Orders placed outside the BFF (the demo data) hold no reservation: nothing
			// to release.
			.onErrorResume(BackendNotFound.class, (ex) -> Mono.just(new Cancellation.Cancelled(cancelled)))
			.onErrorResume(BackendFailure.class,
					(ex) -> Mono.just(new Cancellation.CancelledWithPendingSteps(cancelled,
							List.of(new PendingStep(PendingStep.Step.RELEASE_STOCK,
									"The order is cancelled but its stock is still reserved: " + ex.getMessage())))));
	}

	/**
	 * A refusal: if billing refused, nothing changed; if orders refused after the void,
	 * say so.
	 */
	private Mono<Cancellation> afterRefusal(UUID orderId, BackendRefusal ex) {
		if (ex.backend().equals(BillingBackend.NAME)) {
			return Mono.just(refused(ex.kind(), ex.getMessage()));
		}
		return stateNow(orderId, ex);
	}

	private Mono<Cancellation> afterFailure(UUID orderId, BackendFailure ex) {
		if (ex.backend().equals(BillingBackend.NAME)) {
			return Mono.just(new Cancellation.NotCancelled(ex.getMessage() + "; nothing was changed"));
		}
		return stateNow(orderId, ex);
	}

	/**
	 * Orders failed after the invoice may have been voided: report the order as it
	 * stands, with what is left.
	 */
	private Mono<Cancellation> stateNow(UUID orderId, BackendFailure ex) {
		return this.orders.get(orderId)
			.<Cancellation>map((order) -> new Cancellation.CancelledWithPendingSteps(order,
					List.of(new PendingStep(PendingStep.Step.CANCEL_ORDER,
							"The invoice is void but the order was not cancelled: " + ex.getMessage()))))
			.onErrorResume(BackendFailure.class,
					(again) -> Mono
						.just(new Cancellation.NotCancelled("The invoice may be void but the order could not "
								+ "be cancelled: " + ex.getMessage() + "; cancel again to finish")));
	}

	private static Cancellation refused(BackendRefusal.Kind kind, String message) {
		return new Cancellation.Refused(kind, message);
	}

}
