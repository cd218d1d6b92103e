package com.example.shop.orders.order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.orders.api.SagaState;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement and cancellation saga's own operations on orders: the BFF records each
 * step it did, its reconcilers claim unfinished orders with a lease (so several ui-app
 * replicas share the work through this database, which they cannot reach themselves), a
 * cancellation is finished or put back, and a placement that never created its order is
 * abandoned for good. Progress only moves forward, so recording a step twice or late
 * changes nothing; it is not part of the order's version.
 */
@Service
public class OrderSagaService {

	/** The advisory lock the creation of an order takes (see IdempotentExecutor). */
	static final String CREATE_SCOPE = "orders.create";

	private final OrderRepository orders;

	private final BusinessClock business;

	private final JdbcClient jdbc;

	private final OrderAudit audit;

	private final Actor actor;

	private final OrderMetrics metrics;

	OrderSagaService(OrderRepository orders, BusinessClock business, JdbcClient jdbc, OrderAudit audit, Actor actor,
			OrderMetrics metrics) {
		this.metrics = metrics;
		this.orders = orders;
		this.business = business;
		this.jdbc = jdbc;
		this.audit = audit;
		this.actor = actor;
	}

	/**
	 * Records saga steps done for an order, and ends the recorder's lease.
	 * @throws DomainRefusal.NotFound if there is no such order
	 * @throws DomainRefusal.Conflict for released stock of an order that is not cancelled
	 */
	@Transactional
	public SalesOrder record(UUID id, Progress progress) {
		SalesOrder order = lock(id);
		Instant now = this.business.now();
		Saga saga = order.saga();
		if (progress.reservationId() != null && saga.stock() == SagaState.StockState.PENDING) {
			saga = saga.withReservation(progress.reservationId());
		}
		if (progress.stockConfirmed()) {
			saga = saga.withStockConfirmed();
		}
		if (progress.stockReleased()) {
			if (order.status() != OrderStatus.CANCELLED) {
				throw new DomainRefusal.Conflict(ProblemType.INVALID_STATE_TRANSITION,
						"Order %s is %s: only a cancelled order's stock is released".formatted(order.number(),
								order.status()),
						Map.of("currentStatus", order.status().name()));
			}
			saga = saga.withStockReleased();
		}
		if (progress.invoiceId() != null && order.status() != OrderStatus.CANCELLING
				&& order.status() != OrderStatus.CANCELLED) {
			saga = saga.withInvoice(progress.invoiceId());
		}
		if (progress.attention() != null) {
			saga = saga.withAttention(progress.attention());
		}
		SalesOrder changed = order.with(saga.touched(now));
		boolean stillPending = !changed.pendingSteps().isEmpty();
		Instant notBefore = (stillPending && progress.retryAfter() != null) ? now.plus(progress.retryAfter()) : null;
		if (progress.leaseOwner() != null && progress.leaseOwner().equals(saga.leaseOwner())) {
			changed = changed.with(changed.saga().withLease(null, notBefore));
		}
		else if (notBefore != null && progress.leaseOwner() == null) {
			changed = changed.with(changed.saga().withLease(saga.leaseOwner(), notBefore));
		}
		this.orders.updateSaga(changed);
		return changed;
	}

	/**
	 * Claims up to {@code limit} orders whose saga is unfinished, for {@code lease}; rows
	 * another reconciler is claiming at the same moment are skipped.
	 * @param grace only orders whose progress is at least this old (a placement still
	 * running finishes itself)
	 * @return the claimed orders, oldest progress first
	 */
	@Transactional
	public List<SalesOrder> claim(String owner, int limit, Duration lease, Duration grace) {
		Instant now = this.business.now();
		List<UUID> claimed = this.orders.claimLeases(owner, limit, now, now.plus(lease), now.minus(grace));
		return this.orders.findAll(claimed);
	}

	/**
	 * Finishes a cancellation once the invoice is void: CANCELLING to CANCELLED.
	 * Idempotent.
	 * @throws DomainRefusal.Conflict unless the order is CANCELLING or CANCELLED
	 */
	@Transactional
	public SalesOrder completeCancellation(UUID id) {
		SalesOrder order = lock(id);
		if (order.status() == OrderStatus.CANCELLED) {
			return order;
		}
		return move(order, OrderStatus.CANCELLED);
	}

	/**
	 * Puts an order whose invoice could not be voided back where its cancellation
	 * started. Idempotent.
	 * @throws DomainRefusal.Conflict if it was cancelled already
	 */
	@Transactional
	public SalesOrder revertCancellation(UUID id) {
		SalesOrder order = lock(id);
		if (order.status() != OrderStatus.CANCELLING) {
			if (order.status() == OrderStatus.CANCELLED) {
				throw new DomainRefusal.Conflict(ProblemType.INVALID_STATE_TRANSITION,
						"Order %s is cancelled already".formatted(order.number()),
						Map.of("currentStatus", order.status().name()));
			}
			return order;
		}
		OrderStatus from = (order.saga().cancelFrom() != null) ? order.saga().cancelFrom() : OrderStatus.PLACED;
		return move(order, from);
	}

	/**
	 * Abandons a placement that has no order, so none can be created for it any more and
	 * its reservation may be released; or says which order holds it. Serialised with the
	 * creation of an order for the same placement id by the same advisory lock, so of
	 * "created" and "abandoned" exactly one ever happens.
	 */
	@Transactional
	public Fence abandon(String placementId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
			.param("lock", CREATE_SCOPE + " " + placementId)
			.query(Object.class)
			.single();
		var existing = this.orders.findByPlacement(placementId);
		if (existing.isPresent()) {
			return new Fence(placementId, false, existing.get().id());
		}
		this.orders.abandon(placementId, this.business.now());
		return new Fence(placementId, true, null);
	}

	/** Orders whose saga is unfinished, oldest progress first. */
	@Transactional(readOnly = true)
	public Page<SalesOrder> unfinished(int page, int size) {
		PageParams paging = PageParams.of(page, size, null, Map.of(),
				new PageParams.SortOrder("saga_updated_at", false));
		return this.orders.unfinished(paging);
	}

	private SalesOrder move(SalesOrder order, OrderStatus target) {
		SalesOrder changed = order.cancellationTo(target, this.business.now());
		if (!this.orders.updateStatus(changed, order.version())) {
			throw new IllegalStateException("Order " + order.id() + " changed while locked");
		}
		this.audit.moved(order.status(), changed, this.actor.name());
		if (target == OrderStatus.CANCELLED) {
			this.metrics.cancelled();
		}
		return changed;
	}

	private SalesOrder lock(UUID id) {
		return this.orders.lockById(id).orElseThrow(() -> new DomainRefusal.NotFound("Order", id));
	}

	/**
	 * Saga steps done, as the BFF reports them.
	 *
	 * @param stockConfirmed the reservation is confirmed
	 * @param stockReleased a cancelled order's stock is released
	 * @param reservationId the reservation the order holds from now on, or null
	 * @param invoiceId the invoice issued, or null
	 * @param attention why a person must look (empty clears it), or null to leave it
	 * @param leaseOwner the reconciler whose lease ends, or null
	 * @param retryAfter when steps are still pending, when to take the order up again; or
	 * null
	 */
	public record Progress(boolean stockConfirmed, boolean stockReleased, String reservationId, UUID invoiceId,
			String attention, String leaseOwner, Duration retryAfter) {
	}

	/**
	 * What became of a placement asked to be abandoned.
	 *
	 * @param placementId the placement (or reservation) id
	 * @param abandoned true if no order holds it, nor ever will
	 * @param orderId the order holding it, when not abandoned
	 */
	public record Fence(String placementId, boolean abandoned, UUID orderId) {
	}

}
