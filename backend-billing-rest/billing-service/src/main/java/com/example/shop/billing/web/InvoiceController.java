package com.example.shop.billing.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.example.shop.billing.Amounts;
import com.example.shop.billing.api.AgeingBucket;
import com.example.shop.billing.api.AuditTrail;
import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoicePage;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.IssueInvoiceRequest;
import com.example.shop.billing.api.Payment;
import com.example.shop.billing.api.PaymentReceipt;
import com.example.shop.billing.api.RecordPaymentRequest;
import com.example.shop.billing.api.OrderInvoiceVoided;
import com.example.shop.billing.api.VoidInvoiceRequest;
import com.example.shop.billing.api.VoidOrderInvoiceRequest;
import com.example.shop.billing.invoice.CustomerInvoice;
import com.example.shop.billing.invoice.InvoiceFilter;
import com.example.shop.billing.invoice.InvoicePayment;
import com.example.shop.billing.invoice.InvoiceService;
import com.example.shop.billing.receivables.Ageing;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.idempotency.IdempotentCreate;
import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.web.Etags;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(BillingApi.INVOICES_PATH)
@Tag(name = "invoices")
class InvoiceController {

	private static final Map<String, String> SORTABLE = Map.of("issueDate", "issue_date", "dueDate", "due_date",
			"number", "number", "amount", "amount", "createdAt", "created_at", "updatedAt", "updated_at");

	private static final PageParams.SortOrder NEWEST_FIRST = new PageParams.SortOrder("created_at", true);

	private static final String KEY = "A key the client reuses on every retry";

	private final InvoiceService invoices;

	private final IdempotentCreate creates;

	InvoiceController(InvoiceService invoices, IdempotentExecutor idempotent) {
		this.invoices = invoices;
		this.creates = new IdempotentCreate(idempotent);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one invoice",
			description = "Its status is as of today: an open invoice past its due date reads as OVERDUE. "
					+ "The ETag is the invoice's version; send it as If-Match.")
	ResponseEntity<Invoice> get(@PathVariable UUID id, WebRequest request) {
		return Etags.current(request, toApi(this.invoices.get(id), this.invoices.today()), Invoice::version);
	}

	@PostMapping
	@Operation(summary = "Issue the invoice of an order",
			description = "201 with a new invoice, due after the customer's payment terms (business days in "
					+ "app.business-zone). An order has one invoice at most: issuing again for the same order returns "
					+ "the first invoice with 200, whatever the key; for another customer or amount it is 409. "
					+ "Idempotent by the Idempotency-Key header like every creating POST.")
	ResponseEntity<Invoice> issue(@Parameter(description = KEY) @RequestHeader(name = BillingApi.IDEMPOTENCY_KEY,
			required = false) String idempotencyKey, @Valid @RequestBody IssueInvoiceRequest request) {
		return this.creates.answer("invoices.issue", idempotencyKey, request, IssueOutcome.class, (key) -> {
			LocalDate today = this.invoices.today();
			InvoiceService.Issued issued = this.invoices.issue(request, today);
			return new IssueOutcome(toApi(issued.invoice(), today), issued.created());
		}, (outcome) -> new IdempotentCreate.Answer<>(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK,
				URI.create(BillingApi.INVOICES_PATH + "/" + outcome.invoice().id()), outcome.invoice().version(),
				outcome.invoice()));
	}

	@GetMapping
	@Operation(summary = "List invoices",
			description = "Filters combine with AND; repeat orderId (at most 100) or status for any of several. "
					+ "Statuses are matched as of today (OVERDUE finds open invoices past due). q finds what a person "
					+ "typed (at most 100 characters): an invoice whose number starts with it (INV-0001, any case), "
					+ "whose number it is however typed (123, inv-123 and INV-000123 all find INV-000123), or whose "
					+ "customer's name holds each of its words (any order, any case, anywhere in the name). ageing "
					+ "lists the unpaid invoices of one bucket of the receivables summary's ageing (CURRENT: not yet "
					+ "past due), the same invoices the summary counts there. size is 1..100; sort "
					+ "is field,asc|desc over issueDate, dueDate, number, amount, createdAt, updatedAt (newest first "
					+ "by default).")
	InvoicePage list(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = BillingApi.NAME_PATTERN,
					message = BillingApi.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 100) List<UUID> orderId,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @Size(max = 4) List<InvoiceStatus> status,
			@RequestParam(required = false) AgeingBucket ageing, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(required = false) @Size(max = 6) List<@Size(max = 40) String> sort) {
		PageParams paging = PageParams.of(page, size, sort, SORTABLE, NEWEST_FIRST);
		LocalDate today = this.invoices.today();
		Page<CustomerInvoice> result = this.invoices.list(
				new InvoiceFilter(orderId, customerId, status, q, (ageing != null) ? Ageing.pastDue(ageing) : null),
				paging, today);
		return new InvoicePage(result.items().stream().map((i) -> toApi(i, today)).toList(), paging.page(),
				paging.size(), result.total());
	}

	@PostMapping("/{id}/void")
	@Operation(summary = "Void an open or overdue invoice",
			description = "For a cancelled order. Needs If-Match (missing is 428, stale is 412). An invoice with any "
					+ "payment is never voided: 409 invoice-has-payments.")
	ResponseEntity<Invoice> voidInvoice(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) VoidInvoiceRequest request) {
		long basedOn = Etags.requireVersion(ifMatch);
		LocalDate today = this.invoices.today();
		String reason = (request != null) ? request.reason() : null;
		Invoice invoice = toApi(this.invoices.voidInvoice(id, basedOn, reason, today), today);
		return Etags.ok(invoice.version(), invoice);
	}

	@PostMapping("/void-for-order")
	@Operation(summary = "Void the invoice of an order being cancelled",
			description = "For the cancellation saga: voids the order's invoice, or, if none was issued yet, makes "
					+ "sure none ever is (issuing one later is 409 order-invoice-voided). Idempotent. An invoice with "
					+ "any payment is never voided: 409 invoice-has-payments, and nothing changes.")
	OrderInvoiceVoided voidForOrder(@Valid @RequestBody VoidOrderInvoiceRequest request) {
		LocalDate today = this.invoices.today();
		return new OrderInvoiceVoided(request.orderId(),
				this.invoices.voidForOrder(request.orderId(), request.reason(), today)
					.map((invoice) -> toApi(invoice, today))
					.orElse(null));
	}

	@PostMapping("/{id}/payments")
	@Operation(summary = "Record a payment",
			description = "Partial payments are fine; the one that reaches the amount makes the invoice PAID. More "
					+ "than the outstanding amount is 409 overpayment; a paid or void invoice is 409 "
					+ "invoice-not-payable. Idempotent by the Idempotency-Key header: the same key on the same "
					+ "invoice records one payment. The ETag in the answer is the invoice's new version.")
	ResponseEntity<PaymentReceipt> pay(@PathVariable UUID id,
			@Parameter(description = KEY) @RequestHeader(name = BillingApi.IDEMPOTENCY_KEY,
					required = false) String idempotencyKey,
			@Valid @RequestBody RecordPaymentRequest request) {
		return this.creates.created("payments.record", idempotencyKey, new PaymentCommand(id, request),
				PaymentReceipt.class, (key) -> {
					LocalDate today = this.invoices.today();
					InvoiceService.Paid paid = this.invoices.pay(id, request, today);
					return new PaymentReceipt(toApi(paid.payment()), toApi(paid.invoice(), today));
				}, (receipt) -> URI.create(BillingApi.INVOICES_PATH + "/" + id + "/payments"),
				(receipt) -> receipt.invoice().version());
	}

	@GetMapping("/{id}/payments")
	@Operation(summary = "List the payments of an invoice", description = "Oldest first.")
	List<Payment> payments(@PathVariable UUID id) {
		return this.invoices.payments(id).stream().map(InvoiceController::toApi).toList();
	}

	@GetMapping("/{id}/audit")
	@Operation(operationId = "invoiceAuditTrail", summary = "The audit trail of an invoice",
			description = "Who issued it, recorded each payment (the one that settles it says so), voided it, and "
					+ "when the billing batch marked it overdue. " + AuditTrails.CONTRACT)
	AuditTrail audit(@PathVariable UUID id,
			@RequestParam(required = false) @Min(1) @Max(BillingApi.AUDIT_MAX_SIZE) Integer size) {
		return AuditTrails.toApi(this.invoices.trail(id, size));
	}

	static Invoice toApi(CustomerInvoice invoice, LocalDate today) {
		return new Invoice(invoice.id(), invoice.number(), invoice.orderId(), invoice.customerId(),
				invoice.statusOn(today), invoice.payableOn(today), Amounts.toApi(invoice.amount(), invoice.currency()),
				Amounts.toApi(invoice.paidAmount(), invoice.currency()),
				Amounts.toApi(invoice.outstanding(), invoice.currency()), invoice.issueDate(), invoice.dueDate(),
				invoice.daysOverdueOn(today), invoice.voidReason(), invoice.createdAt(), invoice.updatedAt(),
				invoice.version());
	}

	static Payment toApi(InvoicePayment payment) {
		return new Payment(payment.id(), payment.invoiceId(), Amounts.toApi(payment.amount(), payment.currency()),
				payment.method(), payment.reference(), payment.receivedAt());
	}

	/**
	 * What a stored issuing response keeps: a replay answers 201 or 200 as the first
	 * request did.
	 */
	record IssueOutcome(Invoice invoice, boolean created) {
	}

	/**
	 * What a payment's idempotency key is bound to: the same key on another invoice is a
	 * different request (422), not a replay.
	 */
	record PaymentCommand(UUID invoiceId, RecordPaymentRequest payment) {
	}

}
