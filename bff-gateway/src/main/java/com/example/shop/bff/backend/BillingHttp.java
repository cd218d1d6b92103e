package com.example.shop.bff.backend;

import java.util.List;
import java.util.UUID;

import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.CreateCustomerRequest;
import com.example.shop.billing.api.CreditCheck;
import com.example.shop.billing.api.Customer;
import com.example.shop.billing.api.CustomerBalance;
import com.example.shop.billing.api.CustomerPage;
import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.billing.api.Invoice;
import com.example.shop.billing.api.InvoicePage;
import com.example.shop.billing.api.AgeingBucket;
import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.IssueInvoiceRequest;
import com.example.shop.billing.api.Payment;
import com.example.shop.billing.api.PaymentReceipt;
import com.example.shop.billing.api.ReceivablesSummary;
import com.example.shop.billing.api.RecordPaymentRequest;
import com.example.shop.billing.api.Statement;
import com.example.shop.billing.api.OrderInvoiceVoided;
import com.example.shop.billing.api.UpdateCustomerRequest;
import com.example.shop.billing.api.VoidInvoiceRequest;
import com.example.shop.billing.api.VoidOrderInvoiceRequest;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The billing REST API as the BFF calls it, over the records of {@code billing-api}. */
@HttpExchange
interface BillingHttp {

	@GetExchange(BillingApi.CUSTOMERS_PATH + "/{id}")
	Mono<Customer> customer(@PathVariable UUID id);

	@GetExchange(BillingApi.CUSTOMERS_PATH)
	Mono<CustomerPage> customers(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<CustomerStatus> status, @RequestParam int page, @RequestParam int size,
			@RequestParam(required = false) List<String> sort);

	@PostExchange(BillingApi.CUSTOMERS_PATH)
	Mono<Customer> openCustomer(@RequestHeader(BillingApi.IDEMPOTENCY_KEY) String key,
			@RequestBody CreateCustomerRequest request);

	@PutExchange(BillingApi.CUSTOMERS_PATH + "/{id}")
	Mono<Customer> changeCustomer(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
			@RequestBody UpdateCustomerRequest request);

	@GetExchange(BillingApi.CUSTOMERS_PATH + "/lookup")
	Mono<List<Customer>> lookup(@RequestParam("id") List<UUID> ids);

	@GetExchange(BillingApi.CUSTOMERS_PATH + "/{id}/balance")
	Mono<CustomerBalance> balance(@PathVariable UUID id);

	@GetExchange(BillingApi.CUSTOMERS_PATH + "/balances")
	Mono<List<CustomerBalance>> balances(@RequestParam("id") List<UUID> ids);

	@GetExchange(BillingApi.CUSTOMERS_PATH + "/{id}/credit-check")
	Mono<CreditCheck> creditCheck(@PathVariable UUID id, @RequestParam String amount, @RequestParam String currency);

	@GetExchange(BillingApi.INVOICES_PATH)
	Mono<InvoicePage> invoices(@RequestParam(required = false) String q,
			@RequestParam(name = "orderId", required = false) List<UUID> orderIds,
			@RequestParam(required = false) UUID customerId, @RequestParam(required = false) List<InvoiceStatus> status,
			@RequestParam(required = false) AgeingBucket ageing, @RequestParam int page, @RequestParam int size,
			@RequestParam(required = false) List<String> sort);

	@GetExchange(BillingApi.INVOICES_PATH + "/{id}")
	Mono<Invoice> invoice(@PathVariable UUID id);

	@GetExchange(BillingApi.INVOICES_PATH + "/{id}/payments")
	Mono<List<Payment>> payments(@PathVariable UUID id);

	@PostExchange(BillingApi.INVOICES_PATH)
	Mono<Invoice> issue(@RequestHeader(BillingApi.IDEMPOTENCY_KEY) String key,
			@RequestBody IssueInvoiceRequest request);

	@PostExchange(BillingApi.INVOICES_PATH + "/void-for-order")
	Mono<OrderInvoiceVoided> voidForOrder(@RequestBody VoidOrderInvoiceRequest request);

	@PostExchange(BillingApi.INVOICES_PATH + "/{id}/void")
	Mono<Invoice> voidInvoice(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
			@RequestBody VoidInvoiceRequest request);

	@PostExchange(BillingApi.INVOICES_PATH + "/{id}/payments")
	Mono<PaymentReceipt> pay(@PathVariable UUID id, @RequestHeader(BillingApi.IDEMPOTENCY_KEY) String key,
			@RequestBody RecordPaymentRequest request);

	@GetExchange(BillingApi.RECEIVABLES_PATH + "/summary")
	Mono<ReceivablesSummary> receivables(@RequestParam(required = false) UUID customerId);

	// Dates as ISO strings: a LocalDate parameter would be formatted in the default
	// locale's short style.
	@GetExchange(BillingApi.CUSTOMERS_PATH + "/{id}/statement")
	Mono<Statement> statement(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to);

	@GetExchange(url = BillingApi.CUSTOMERS_PATH + "/{id}/statement.csv", accept = "text/csv")
	Mono<ResponseEntity<byte[]>> statementCsv(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to);

	@GetExchange("/api/v1/batch/executions/{id}/report")
	Mono<ResponseEntity<byte[]>> batchReport(@PathVariable long id);

	@GetExchange(BillingApi.INVOICES_PATH + "/{id}/audit")
	Mono<com.example.shop.billing.api.AuditTrail> invoiceAudit(@PathVariable UUID id, @RequestParam int size);

	@GetExchange(BillingApi.CUSTOMERS_PATH + "/{id}/audit")
	Mono<com.example.shop.billing.api.AuditTrail> customerAudit(@PathVariable UUID id, @RequestParam int size);

}
