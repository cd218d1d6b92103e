package com.example.shop.bff.backend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Money;
import com.example.shop.bff.billing.AgeingBucket;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.CreditCheck;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.CustomerDraft;
import com.example.shop.bff.billing.CustomerPage;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.billing.InvoiceQuery;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.billing.NewPayment;
import com.example.shop.bff.billing.Payment;
import com.example.shop.bff.billing.PaymentMethod;
import com.example.shop.bff.billing.PaymentReceipt;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.billing.Statement;
import com.example.shop.bff.billing.StatementFile;
import com.example.shop.billing.api.CreateCustomerRequest;
import com.example.shop.billing.api.IssueInvoiceRequest;
import com.example.shop.billing.api.RecordPaymentRequest;
import com.example.shop.billing.api.UpdateCustomerRequest;
import com.example.shop.billing.api.VoidInvoiceRequest;
import com.example.shop.billing.api.VoidOrderInvoiceRequest;
import reactor.core.publisher.Mono;

/**
 * The billing service over REST: every call through {@link BackendCalls}, every answer
 * mapped from {@code billing-api}'s records into the BFF's own at once, so nothing of the
 * wire format travels further.
 */
record BillingRestBackend(BillingHttp http, BackendCalls calls) implements BillingBackend {

	@Override
	public Mono<Customer> customer(UUID id) {
		return this.calls.read((timeout) -> this.http.customer(id)).map(BillingRestBackend::customer);
	}

	@Override
	public Mono<CustomerPage> customers(String q, List<CustomerStatus> statuses, int page, int size,
			List<String> sort) {
		List<com.example.shop.billing.api.CustomerStatus> wanted = Enums.same(statuses,
				com.example.shop.billing.api.CustomerStatus.class);
		return this.calls.read((timeout) -> this.http.customers(q, wanted, page, size, sort))
			.map((p) -> new CustomerPage(p.items().stream().map(BillingRestBackend::customer).toList(), p.page(),
					p.size(), p.total()));
	}

	@Override
	public Mono<List<Customer>> lookup(List<UUID> ids) {
		return ids.isEmpty() ? Mono.just(List.of()) : this.calls.read((timeout) -> this.http.lookup(ids))
			.map((found) -> found.stream().map(BillingRestBackend::customer).toList());
	}

	@Override
	public Mono<Customer> openCustomer(String idempotencyKey, CustomerDraft draft) {
		CreateCustomerRequest request = new CreateCustomerRequest(draft.name(), draft.email(),
				wire(draft.creditLimit()), draft.paymentTermsDays());
		return this.calls.idempotentWrite((timeout) -> this.http.openCustomer(idempotencyKey, request))
			.map(BillingRestBackend::customer);
	}

	@Override
	public Mono<Customer> changeCustomer(UUID id, long version, CustomerDraft draft) {
		UpdateCustomerRequest request = new UpdateCustomerRequest(draft.name(), draft.email(),
				wire(draft.creditLimit()), draft.paymentTermsDays(),
				Enums.same(draft.status(), com.example.shop.billing.api.CustomerStatus.class));
		return this.calls.write((timeout) -> this.http.changeCustomer(id, "\"" + version + "\"", request))
			.map(BillingRestBackend::customer);
	}

	@Override
	public Mono<CustomerBalance> balance(UUID customerId) {
		return this.calls.read((timeout) -> this.http.balance(customerId)).map(BillingRestBackend::customerBalance);
	}

	@Override
	public Mono<List<CustomerBalance>> balances(List<UUID> customerIds) {
		return customerIds.isEmpty() ? Mono.just(List.of())
				: this.calls.read((timeout) -> this.http.balances(customerIds))
					.map((found) -> found.stream().map(BillingRestBackend::customerBalance).toList());
	}

	private static CustomerBalance customerBalance(com.example.shop.billing.api.CustomerBalance b) {
		return new CustomerBalance(b.customerId(), b.asOf(), money(b.creditLimit()), money(b.open()),
				money(b.overdue()), money(b.outstanding()), money(b.availableCredit()), b.openInvoices(),
				b.overdueInvoices());
	}

	@Override
	public Mono<CreditCheck> creditCheck(UUID customerId, BigDecimal amount, String currency) {
		return this.calls.read((timeout) -> this.http.creditCheck(customerId, amount.toPlainString(), currency))
			.map((c) -> new CreditCheck(money(c.requested()), money(c.availableCredit()), c.approved()));
	}

	@Override
	public Mono<InvoicePage> invoices(InvoiceQuery query) {
		List<com.example.shop.billing.api.InvoiceStatus> statuses = Enums.same(query.statuses(),
				com.example.shop.billing.api.InvoiceStatus.class);
		return this.calls
			.read((timeout) -> this.http.invoices(query.search(), query.orderIds(), query.customerId(), statuses,
					(query.ageing() != null) ? com.example.shop.billing.api.AgeingBucket.valueOf(query.ageing().name())
							: null,
					query.page(), query.size(), query.sort()))
			.map((p) -> new InvoicePage(p.items().stream().map(BillingRestBackend::invoice).toList(), p.page(),
					p.size(), p.total()));
	}

	@Override
	public Mono<AuditTrail> invoiceAudit(UUID id, int size) {
		return this.calls.read((timeout) -> this.http.invoiceAudit(id, size))
			.map((trail) -> trail(trail, AuditTrail.Kind.INVOICE_STATUS));
	}

	@Override
	public Mono<AuditTrail> customerAudit(UUID id, int size) {
		return this.calls.read((timeout) -> this.http.customerAudit(id, size))
			.map((trail) -> trail(trail, AuditTrail.Kind.CUSTOMER_STATUS));
	}

	/** The trail, its status changes read as {@code statuses}. */
	private static AuditTrail trail(com.example.shop.billing.api.AuditTrail trail, AuditTrail.Kind statuses) {
		return new AuditTrail(trail.items()
			.stream()
			.map((e) -> new AuditTrail.Entry(e.at(), e.actor(), e.action(), e.detail(),
					(e.changes() != null) ? e.changes()
						.stream()
						.map((c) -> AuditTrail.Change.of(c.field(), c.kind(), c.before(), c.after(), c.currency(),
								c.unit(), statuses))
						.toList() : null))
			.toList());
	}

	@Override
	public Mono<Invoice> invoice(UUID id) {
		return this.calls.read((timeout) -> this.http.invoice(id)).map(BillingRestBackend::invoice);
	}

	@Override
	public Mono<List<Payment>> payments(UUID invoiceId) {
		return this.calls.read((timeout) -> this.http.payments(invoiceId))
			.map((payments) -> payments.stream().map(BillingRestBackend::payment).toList());
	}

	@Override
	public Mono<Invoice> issue(UUID orderId, UUID customerId, Money amount) {
		IssueInvoiceRequest request = new IssueInvoiceRequest(orderId, customerId, wire(amount));
		return this.calls.idempotentWrite((timeout) -> this.http.issue("invoice-" + orderId, request))
			.map(BillingRestBackend::invoice);
	}

	@Override
	public Mono<Optional<Invoice>> voidForOrder(UUID orderId, String reason) {
		return this.calls
			.idempotentWrite((timeout) -> this.http.voidForOrder(new VoidOrderInvoiceRequest(orderId, reason)))
			.map((voided) -> Optional.ofNullable(voided.invoice()).map(BillingRestBackend::invoice));
	}

	@Override
	public Mono<Invoice> voidInvoice(UUID id, long version, String reason) {
		return this.calls
			.write((timeout) -> this.http.voidInvoice(id, "\"" + version + "\"", new VoidInvoiceRequest(reason)))
			.map(BillingRestBackend::invoice);
	}

	@Override
	public Mono<PaymentReceipt> pay(UUID invoiceId, String idempotencyKey, NewPayment payment) {
		RecordPaymentRequest request = new RecordPaymentRequest(wire(payment.amount()),
				Enums.same(payment.method(), com.example.shop.billing.api.PaymentMethod.class), payment.reference());
		return this.calls.idempotentWrite((timeout) -> this.http.pay(invoiceId, idempotencyKey, request))
			.map((r) -> new PaymentReceipt(payment(r.payment()), invoice(r.invoice())));
	}

	@Override
	public Mono<ReceivablesSummary> receivables(UUID customerId) {
		return this.calls.read((timeout) -> this.http.receivables(customerId)).map(BillingRestBackend::receivables);
	}

	@Override
	public Mono<Statement> statement(UUID customerId, LocalDate from, LocalDate to) {
		return this.calls.read((timeout) -> this.http.statement(customerId, iso(from), iso(to)))
			.map(BillingRestBackend::statement);
	}

	@Override
	public Mono<StatementFile> statementCsv(UUID customerId, LocalDate from, LocalDate to) {
		return this.calls.read((timeout) -> this.http.statementCsv(customerId, iso(from), iso(to)))
			.map((response) -> Downloads.file(response, "statement.csv", "text/csv;charset=UTF-8", StatementFile::new));
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static Statement statement(com.example.shop.billing.api.Statement s) {
		return new Statement(s.customerId(), s.customerName(), s.from(), s.to(), money(s.openingBalance()),
				s.lines()
					.stream()
					.map((l) -> new Statement.Line(l.date(), l.kind(), l.reference(), l.description(), money(l.debit()),
							money(l.credit()), money(l.balance())))
					.toList(),
				money(s.invoiced()), money(s.voided()), money(s.paid()), money(s.closingBalance()));
	}

	private static Customer customer(com.example.shop.billing.api.Customer c) {
		return new Customer(c.id(), c.name(), c.email(), c.currency(), money(c.creditLimit()), c.paymentTermsDays(),
				Enums.same(c.status(), CustomerStatus.class), c.createdAt(), c.updatedAt(), c.version());
	}

	private static Invoice invoice(com.example.shop.billing.api.Invoice i) {
		return new Invoice(i.id(), i.number(), i.orderId(), i.customerId(), Enums.same(i.status(), InvoiceStatus.class),
				i.payable(), money(i.amount()), money(i.paidAmount()), money(i.outstandingAmount()), i.issueDate(),
				i.dueDate(), i.daysOverdue(), i.voidReason(), i.createdAt(), i.updatedAt(), i.version());
	}

	private static Payment payment(com.example.shop.billing.api.Payment p) {
		return new Payment(p.id(), p.invoiceId(), money(p.amount()), Enums.same(p.method(), PaymentMethod.class),
				p.reference(), p.receivedAt());
	}

	private static ReceivablesSummary receivables(com.example.shop.billing.api.ReceivablesSummary r) {
		Map<InvoiceStatus, Long> byStatus = new EnumMap<>(InvoiceStatus.class);
		r.invoicesByStatus().forEach((status, count) -> byStatus.put(Enums.same(status, InvoiceStatus.class), count));
		return new ReceivablesSummary(r.asOf(), r.businessZone(), money(r.invoiced()), money(r.open()),
				money(r.overdue()), money(r.outstanding()), money(r.paid()), byStatus,
				r.ageing()
					.stream()
					.map((b) -> new ReceivablesSummary.Bucket(Enums.same(b.bucket(), AgeingBucket.class),
							b.fromDaysOverdue(), b.toDaysOverdue(), b.invoices(), money(b.amount())))
					.toList());
	}

	private static Money money(com.example.shop.billing.api.Money m) {
		return new Money(m.amount(), m.currency());
	}

	private static com.example.shop.billing.api.Money wire(Money m) {
		return new com.example.shop.billing.api.Money(m.amount(), m.currency());
	}

}
