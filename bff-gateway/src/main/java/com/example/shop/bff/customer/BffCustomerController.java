package com.example.shop.bff.customer;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import com.example.shop.bff.backend.BillingBackend;
import com.example.shop.billing.api.CustomerPage;
import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.billing.api.InvoicePage;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.PaymentReceipt;
import com.example.shop.billing.api.RecordPaymentRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "customers and billing")
class BffCustomerController {

	private final CustomerService customers;

	private final BillingDeskService desk;

	BffCustomerController(CustomerService customers, BillingDeskService desk) {
		this.customers = customers;
		this.desk = desk;
	}

	@GetMapping("/bff/v1/customers")
	@Operation(summary = "List customers", description = "Search by name or email, with paging.")
	Mono<CustomerPage> customers(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<CustomerStatus> status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) List<String> sort) {
		return this.customers.customers(q, status, page, size, sort);
	}

	@GetMapping("/bff/v1/customers/{id}")
	@Operation(summary = "Customer overview", description = "Account and balance, recent orders, invoices.")
	Mono<CustomerOverview> overview(@PathVariable UUID id) {
		return this.customers.overview(id);
	}

	@GetMapping("/bff/v1/invoices")
	@Operation(summary = "List invoices", description = "By status, customer or order, with paging.")
	Mono<InvoicePage> invoices(@RequestParam(required = false) List<InvoiceStatus> status,
			@RequestParam(required = false) UUID customerId, @RequestParam(required = false) List<UUID> orderId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) List<String> sort) {
		return this.desk.invoices(new BillingBackend.InvoiceQuery(orderId, customerId, status, page, size, sort));
	}

	@GetMapping("/bff/v1/invoices/{id}")
	@Operation(summary = "Invoice detail", description = "The invoice with its payments and customer.")
	Mono<BillingDeskService.InvoiceDetail> invoice(@PathVariable UUID id) {
		return this.desk.invoice(id);
	}

	@PostMapping("/bff/v1/invoices/{id}/payments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a payment",
			description = "Partial payments allowed; an overpayment or a void invoice is 409. Idempotent by the "
					+ "Idempotency-Key header.")
	Mono<PaymentReceipt> pay(@PathVariable UUID id,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody RecordPaymentRequest request) {
		return this.desk.recordPayment(id, com.example.shop.support.idempotency.IdempotencyKeys.require(idempotencyKey),
				request);
	}

}
