package com.example.shop.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.billing.Amounts;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.IssueInvoiceRequest;
import com.example.shop.billing.api.RecordPaymentRequest;
import com.example.shop.billing.audit.AuditAction;
import com.example.shop.billing.audit.AuditDetail;
import com.example.shop.billing.audit.AuditLog;
import com.example.shop.billing.audit.AuditRecord;
import com.example.shop.billing.audit.AuditedEntity;
import com.example.shop.billing.customer.CustomerAccount;
import com.example.shop.billing.customer.CustomerService;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and payments: issuing one invoice per order, recording payments against it,
 * voiding it when its order is cancelled. Every rule that depends on the date uses the
 * business day the caller read from {@link #today()}, so one request sees one day. Every
 * change is recorded in the audit trail in the same transaction, naming the
 * {@link Actor}: ISSUED, PAYMENT_RECORDED, VOIDED, MARKED_OVERDUE.
 */
@Service
public class InvoiceService {

	private final InvoiceRepository invoices;

	private final CustomerService customers;

	private final BusinessClock business;

	private final AuditLog audit;

	private final Actor actor;

	private final BillingMetrics metrics;

	InvoiceService(InvoiceRepository invoices, CustomerService customers, BusinessClock business, AuditLog audit,
			Actor actor, BillingMetrics metrics) {
		this.metrics = metrics;
		this.invoices = invoices;
		this.customers = customers;
		this.business = business;
		this.audit = audit;
		this.actor = actor;
	}

	/** Today's business day in {@code app.business-zone}. */
	public LocalDate today() {
		return this.business.today();
	}

	/**
	 * Issues the invoice of an order, or returns the one it already has.
	 * @return the invoice and whether this call created it
	 * @throws DomainRefusal.Invalid for an unknown customer, another currency or an
	 * amount that is not more than zero
	 * @throws DomainRefusal.Conflict if the order's invoice bills another customer or
	 * amount
	 */
	@Transactional
	public Issued issue(IssueInvoiceRequest request, LocalDate today) {
		BigDecimal amount = Amounts.parse(request.amount(), "amount", this.business.currency());
		CustomerInvoice.requirePositive(amount);
		CustomerAccount customer = this.customers.find(request.customerId())
			.orElseThrow(() -> new DomainRefusal.Invalid("customerId", "no customer has this id"));
		this.invoices.lockOrder(request.orderId());
		if (this.invoices.isOrderVoided(request.orderId())) {
			throw new DomainRefusal.Conflict(ProblemType.ORDER_INVOICE_VOIDED,
					"Order %s is cancelled: its invoice was voided and none is issued".formatted(request.orderId()),
					Map.of("orderId", request.orderId().toString()));
		}
		var existing = this.invoices.findByOrderId(request.orderId());
		if (existing.isPresent()) {
			return new Issued(sameOrderSameBill(existing.get(), customer.id(), amount), false);
		}
		CustomerInvoice invoice = CustomerInvoice.issue(UUID.randomUUID(), this.invoices.nextNumber(),
				request.orderId(), customer, amount, today, now());
		if (this.invoices.insertUnlessOrderInvoiced(invoice)) {
			record(AuditAction.ISSUED, invoice,
					"%s for order %s: %s, due %s".formatted(invoice.number(), invoice.orderId(),
							AuditDetail.money(invoice.amount(), invoice.currency()), invoice.dueDate()),
					List.of(AuditChange.status("status", null, invoice.status()),
							AuditChange.money("amount", null, invoice.amount(), invoice.currency()),
							AuditChange.date("dueDate", null, invoice.dueDate())));
			this.metrics.issued();
			return new Issued(invoice, true);
		}
		// Another request issued this order's invoice between our read and our insert.
		CustomerInvoice first = this.invoices.findByOrderId(request.orderId()).orElseThrow();
		return new Issued(sameOrderSameBill(first, customer.id(), amount), false);
	}

	@Transactional(readOnly = true)
	public CustomerInvoice get(UUID id) {
		return this.invoices.findById(id).orElseThrow(() -> new DomainRefusal.NotFound("Invoice", id));
	}

	@Transactional(readOnly = true)
	public Page<CustomerInvoice> list(InvoiceFilter filter, PageParams paging, LocalDate today) {
		if (filter.orderIds().size() > InvoiceFilter.MAX_ORDER_IDS) {
			throw new DomainRefusal.Invalid("orderId",
					"at most %d order ids at once".formatted(InvoiceFilter.MAX_ORDER_IDS));
		}
		return this.invoices.find(filter, today, paging);
	}

	/**
	 * Records a payment. The invoice row is locked first, so payments on one invoice run
	 * one at a time and none can take it past its amount.
	 * @throws DomainRefusal.NotFound if there is no such invoice
	 * @throws DomainRefusal.Invalid for another currency or a zero amount
	 * @throws DomainRefusal.Conflict if the invoice is paid or void, or the payment is
	 * more than what is outstanding
	 */
	@Transactional
	public Paid pay(UUID invoiceId, RecordPaymentRequest request, LocalDate today) {
		BigDecimal amount = Amounts.parse(request.amount(), "amount", this.business.currency());
		CustomerInvoice current = this.invoices.lockById(invoiceId)
			.orElseThrow(() -> new DomainRefusal.NotFound("Invoice", invoiceId));
		Instant at = now();
		CustomerInvoice paid = current.pay(amount, today, at);
		String reference = (request.reference() != null && !request.reference().isBlank()) ? request.reference().strip()
				: null;
		InvoicePayment payment = new InvoicePayment(UUID.randomUUID(), invoiceId, amount, current.currency(),
				request.method(), reference, at);
		this.invoices.insertPayment(payment);
		if (!this.invoices.update(paid, current.version())) {
			throw new IllegalStateException("Invoice " + invoiceId + " changed while locked");
		}
		record(AuditAction.PAYMENT_RECORDED, paid, paymentDetail(payment, paid),
				AuditDetail.changes()
					.status("status", current.statusOn(today), paid.statusOn(today))
					.money("outstanding", "outstanding", current.outstanding(), paid.outstanding(), paid.currency())
					.asData());
		this.metrics.paymentRecorded(payment.amount(), payment.currency());
		return new Paid(payment, paid);
	}

	/**
	 * Voids an invoice that has no payments, if nobody changed it since
	 * {@code basedOnVersion}.
	 * @throws DomainRefusal.NotFound if there is no such invoice
	 * @throws DomainRefusal.StaleVersion if it is no longer at {@code basedOnVersion}
	 * @throws DomainRefusal.Conflict if it is void already or has payments
	 */
	@Transactional
	public CustomerInvoice voidInvoice(UUID id, long basedOnVersion, String reason, LocalDate today) {
		CustomerInvoice current = this.invoices.lockById(id)
			.orElseThrow(() -> new DomainRefusal.NotFound("Invoice", id));
		if (current.version() != basedOnVersion) {
			throw new DomainRefusal.StaleVersion("Invoice", id, basedOnVersion, current.version());
		}
		CustomerInvoice voided = current.voided((reason != null && !reason.isBlank()) ? reason.strip() : null, today,
				now());
		if (!this.invoices.update(voided, basedOnVersion)) {
			throw new IllegalStateException("Invoice " + id + " changed while locked");
		}
		record(AuditAction.VOIDED, voided, voidDetail(voided), voidChanges(current, voided, today));
		return voided;
	}

	/**
	 * Voids the invoice of an order being cancelled, or, if none was issued yet, makes
	 * sure none ever is. Serialised with issuing by a lock on the order, so an invoice
	 * issued late for a cancelled order is refused. Idempotent.
	 * @return the voided invoice, or empty if none was issued
	 * @throws DomainRefusal.Conflict if the invoice has payments: nothing changes, and
	 * the order must not be cancelled
	 */
	@Transactional
	public java.util.Optional<CustomerInvoice> voidForOrder(UUID orderId, String reason, LocalDate today) {
		this.invoices.lockOrder(orderId);
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : "Order cancelled";
		var issued = this.invoices.findByOrderId(orderId);
		CustomerInvoice voided = null;
		if (issued.isPresent()) {
			CustomerInvoice current = this.invoices.lockById(issued.get().id()).orElseThrow();
			if (current.statusOn(today) == com.example.shop.billing.api.InvoiceStatus.VOID) {
				voided = current;
			}
			else {
				voided = current.voided(why, today, now());
				if (!this.invoices.update(voided, current.version())) {
					throw new IllegalStateException("Invoice " + current.id() + " changed while locked");
				}
				record(AuditAction.VOIDED, voided, voidDetail(voided), voidChanges(current, voided, today));
			}
		}
		this.invoices.markOrderVoided(orderId, why, now());
		return java.util.Optional.ofNullable(voided);
	}

	/**
	 * The payments of an invoice, oldest first.
	 * @throws DomainRefusal.NotFound if there is no such invoice
	 */
	@Transactional(readOnly = true)
	public List<InvoicePayment> payments(UUID invoiceId) {
		get(invoiceId);
		return this.invoices.paymentsOf(invoiceId);
	}

	/**
	 * Open invoices already past their due date on {@code today}, by id after
	 * {@code after} (null for the first): what the mark-overdue batch works through.
	 */
	@Transactional(readOnly = true)
	public List<UUID> overdueButOpen(LocalDate today, UUID after, int limit) {
		return this.invoices.openPastDue(today, after, limit);
	}

	/**
	 * Persists overdue for an invoice that is open and past its due date on
	 * {@code today}, under the invoice's lock, bumping its version and {@code updatedAt}.
	 * @return whether it changed; false when it no longer qualifies (paid, voided or
	 * already marked since it was found), which changes nothing
	 * @throws DomainRefusal.NotFound if there is no such invoice
	 */
	@Transactional
	public boolean markOverdue(UUID id, LocalDate today) {
		CustomerInvoice current = this.invoices.lockById(id)
			.orElseThrow(() -> new DomainRefusal.NotFound("Invoice", id));
		if (current.status() != InvoiceStatus.OPEN || current.statusOn(today) != InvoiceStatus.OVERDUE) {
			return false;
		}
		CustomerInvoice marked = current.markOverdue(today, now());
		if (!this.invoices.update(marked, current.version())) {
			throw new IllegalStateException("Invoice " + id + " changed while locked");
		}
		long late = marked.daysOverdueOn(today);
		record(AuditAction.MARKED_OVERDUE, marked,
				"due %s, %d %s past due on %s; %s outstanding".formatted(marked.dueDate(), late,
						(late == 1) ? "day" : "days", today, money(marked.outstanding(), marked)),
				List.of(AuditChange.status("status", current.status(), marked.status())));
		return true;
	}

	/**
	 * The audit trail of an invoice, newest first.
	 * @param size 1..{@link AuditLog#MAX_SIZE}, {@code null} for
	 * {@link AuditLog#DEFAULT_SIZE}
	 * @throws DomainRefusal.NotFound if there is no such invoice
	 * @throws DomainRefusal.Invalid for a size out of range
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> trail(UUID id, Integer size) {
		return this.audit.trailOf(AuditedEntity.INVOICE, id, size, this::get);
	}

	/** One entry, at the instant the change stamped as the invoice's updatedAt. */
	private void record(AuditAction action, CustomerInvoice changed, String detail, List<AuditChange> changes) {
		this.audit.record(action, changed.id(), this.actor.name(), changed.updatedAt(), detail, changes);
	}

	/** A void's changes: its status, and the reason when it gives one. */
	private static List<AuditChange> voidChanges(CustomerInvoice current, CustomerInvoice voided, LocalDate today) {
		AuditDetail changes = AuditDetail.changes().status("status", current.statusOn(today), voided.status());
		if (voided.voidReason() != null) {
			changes.also(AuditChange.text("voidReason", null, voided.voidReason()));
		}
		return changes.asData();
	}

	/**
	 * {@code payment 120.00 KRW by CARD, reference X-1; settled} (the payment that
	 * reaches the amount), or {@code ...; 1130.00 KRW outstanding}.
	 */
	private static String paymentDetail(InvoicePayment payment, CustomerInvoice after) {
		String what = "payment %s by %s".formatted(AuditDetail.money(payment.amount(), payment.currency()),
				payment.method());
		if (payment.reference() != null) {
			what += ", reference " + payment.reference();
		}
		return what + "; " + ((after.status() == InvoiceStatus.PAID) ? "settled, paid in full"
				: money(after.outstanding(), after) + " outstanding");
	}

	/** {@code voided: the reason}, or {@code voided} without one. */
	private static String voidDetail(CustomerInvoice voided) {
		return (voided.voidReason() != null) ? "voided: " + voided.voidReason() : "voided";
	}

	private static String money(BigDecimal amount, CustomerInvoice invoice) {
		return AuditDetail.money(amount, invoice.currency());
	}

	/** Now, as PostgreSQL keeps it: a response and a later read show the same instant. */
	private Instant now() {
		return this.business.now(ChronoUnit.MICROS);
	}

	private static CustomerInvoice sameOrderSameBill(CustomerInvoice first, UUID customerId, BigDecimal amount) {
		if (!first.customerId().equals(customerId) || first.amount().compareTo(amount) != 0) {
			throw new DomainRefusal.Conflict(ProblemType.INVOICE_ALREADY_ISSUED,
					"Order %s is already billed by invoice %s, to another customer or for another amount"
						.formatted(first.orderId(), first.number()),
					Map.of("invoiceId", first.id().toString(), "invoiceNumber", first.number()));
		}
		return first;
	}

	/** An invoice issued now, or found issued before. */
	public record Issued(CustomerInvoice invoice, boolean created) {
	}

	/** A payment recorded and the invoice after it. */
	public record Paid(InvoicePayment payment, CustomerInvoice invoice) {
	}

}
