package com.example.shop.bff.billing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.InputRules;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.idempotency.IdempotencyKeys;
import com.example.shop.support.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "customers and billing")
record BffBillingController(BillingDeskService desk) {

	@PostMapping("/bff/v1/customers")
	@Operation(summary = "Open a customer account (billing, admin)",
			description = "ACTIVE, in the business currency (another currency is 400). Idempotent by the "
					+ "Idempotency-Key header; the ETag is the new customer's version.")
	Mono<ResponseEntity<Customer>> openCustomer(
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody CustomerDraft draft) {
		return this.desk.openCustomer(IdempotencyKeys.require(idempotencyKey), draft)
			.map((c) -> ResponseEntity.created(URI.create("/bff/v1/customers/" + c.id()))
				.eTag(Etags.of(c.version()))
				.body(c));
	}

	@PutMapping("/bff/v1/customers/{id}")
	@Operation(summary = "Change a customer (billing, admin)",
			description = "Name, e-mail, credit limit, payment terms and status (SUSPENDED suspends, ACTIVE "
					+ "reactivates); status is required. Needs If-Match with the version seen: missing is 428, "
					+ "stale is 412 (someone changed it first).")
	Mono<ResponseEntity<Customer>> changeCustomer(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CustomerDraft draft) {
		if (draft.status() == null) {
			throw new DomainRefusal.Invalid("status", "must not be null");
		}
		long version = Etags.requireVersion(ifMatch);
		return this.desk.changeCustomer(id, version, draft).map((c) -> Etags.ok(c.version(), c));
	}

	@GetMapping("/bff/v1/invoices")
	@Operation(summary = "List invoices",
			description = "By status, customer or order, with paging, and a search q: an order number (ORD-000241, "
					+ "ord-241, any case) finds that order's invoice; anything else finds invoices whose number starts "
					+ "with it or that it is however typed (123, inv-123 for INV-000123), or whose customer's name "
					+ "holds each of its words. ageing lists the unpaid invoices of one receivables ageing bucket "
					+ "(what the dashboard's ageing bar counts). Each page comes with its customers' names and its "
					+ "orders' numbers (customerNames, "
					+ "orderNumbers: parts, unavailable when billing or orders could not give them).")
	Mono<InvoiceList> invoices(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = InputRules.NAME,
					message = InputRules.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 4) List<InvoiceStatus> status,
			@RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) @Size(max = 100) List<UUID> orderId,
			@RequestParam(required = false) AgeingBucket ageing, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Size(max = 6) List<@Size(max = InputRules.MAX_SORT_LENGTH) String> sort) {
		return this.desk.invoiceList(new InvoiceQuery(orderId, customerId, status, page, size, sort, q, ageing));
	}

	@GetMapping("/bff/v1/invoices/{id}")
	@Operation(summary = "Invoice detail", description = "The invoice with its payments and customer.")
	Mono<InvoiceDetail> invoice(@PathVariable UUID id) {
		return this.desk.invoice(id);
	}

	@PostMapping("/bff/v1/invoices/{id}/payments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a payment",
			description = "Partial payments allowed; an overpayment or a void invoice is 409. Idempotent by the "
					+ "Idempotency-Key header.")
	Mono<PaymentReceipt> pay(@PathVariable UUID id,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody NewPayment payment) {
		return this.desk.recordPayment(id, IdempotencyKeys.require(idempotencyKey), payment);
	}

}
