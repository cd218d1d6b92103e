package com.example.shop.billing.web;

import java.net.URI;
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
import com.example.shop.billing.api.AuditTrail;
import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.CreateCustomerRequest;
import com.example.shop.billing.api.Customer;
import com.example.shop.billing.api.CustomerPage;
import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.billing.api.UpdateCustomerRequest;
import com.example.shop.billing.customer.CustomerAccount;
import com.example.shop.billing.customer.CustomerFilter;
import com.example.shop.billing.customer.CustomerService;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.idempotency.IdempotentCreate;
import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.web.Etags;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(BillingApi.CUSTOMERS_PATH)
@Tag(name = "customers")
class CustomerController {

	private static final Map<String, String> SORTABLE = Map.of("name", "lower(name)", "email", "lower(email)",
			"creditLimit", "credit_limit", "paymentTermsDays", "payment_terms_days", "createdAt", "created_at",
			"updatedAt", "updated_at", "status", "status");

	private static final PageParams.SortOrder BY_NAME = new PageParams.SortOrder("lower(name)", false);

	private static final String KEY = "A UUID the client reuses on every retry";

	private final CustomerService customers;

	private final IdempotentCreate creates;

	CustomerController(CustomerService customers, IdempotentExecutor idempotent) {
		this.customers = customers;
		this.creates = new IdempotentCreate(idempotent);
	}

	@GetMapping
	@Operation(summary = "List customers",
			description = "q matches a piece of the name or e-mail (case-insensitive, at most 100 characters); "
					+ "filters combine with AND. size is 1..100; sort is field,asc|desc over name, email, creditLimit, "
					+ "paymentTermsDays, createdAt, updatedAt, status (name by default).")
	CustomerPage list(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = BillingApi.NAME_PATTERN,
					message = BillingApi.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 2) List<CustomerStatus> status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) @Size(max = 7) List<@Size(max = 40) String> sort) {
		PageParams paging = PageParams.of(page, size, sort, SORTABLE, BY_NAME);
		Page<CustomerAccount> result = this.customers.list(new CustomerFilter(q, status), paging);
		return new CustomerPage(result.items().stream().map(CustomerController::toApi).toList(), paging.page(),
				paging.size(), result.total());
	}

	@GetMapping("/lookup")
	@Operation(summary = "Get many customers by id",
			description = "Repeat id for each customer (at most 100). The answer keeps the order asked, each customer "
					+ "once; unknown ids are left out.")
	List<Customer> lookup(@RequestParam("id") @Size(max = BillingApi.MAX_LOOKUP_IDS) List<UUID> id) {
		return this.customers.lookup(id).stream().map(CustomerController::toApi).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one customer", description = "The ETag is the customer's version; send it as If-Match.")
	ResponseEntity<Customer> get(@PathVariable UUID id, WebRequest request) {
		return Etags.current(request, toApi(this.customers.get(id)), Customer::version);
	}

	@PostMapping
	@Operation(summary = "Open a customer account", description = IdempotentCreate.CONTRACT)
	ResponseEntity<Customer> create(@Parameter(description = KEY) @RequestHeader(name = BillingApi.IDEMPOTENCY_KEY,
			required = false) String idempotencyKey, @Valid @RequestBody CreateCustomerRequest request) {
		return this.creates.created("customers.create", idempotencyKey, request, Customer.class,
				(key) -> toApi(this.customers.open(request)),
				(customer) -> URI.create(BillingApi.CUSTOMERS_PATH + "/" + customer.id()), Customer::version);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a customer",
			description = "Replaces the editable fields. Needs If-Match with the ETag last seen: missing is 428, "
					+ "stale is 412. New payment terms apply to invoices issued from then on.")
	ResponseEntity<Customer> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody UpdateCustomerRequest request) {
		long basedOn = Etags.requireVersion(ifMatch);
		Customer customer = toApi(this.customers.update(id, basedOn, request));
		return Etags.ok(customer.version(), customer);
	}

	@GetMapping("/{id}/audit")
	@Operation(operationId = "customerAuditTrail", summary = "The audit trail of a customer",
			description = "Who opened the account, and each edit: UPDATED with every changed field old → new "
					+ "(credit limit, terms, name, e-mail), SUSPENDED or REACTIVATED when the status changed. "
					+ AuditTrails.CONTRACT)
	AuditTrail audit(@PathVariable UUID id,
			@RequestParam(required = false) @Min(1) @Max(BillingApi.AUDIT_MAX_SIZE) Integer size) {
		return AuditTrails.toApi(this.customers.trail(id, size));
	}

	static Customer toApi(CustomerAccount customer) {
		return new Customer(customer.id(), customer.name(), customer.email(), customer.currency().getCurrencyCode(),
				Amounts.toApi(customer.creditLimit(), customer.currency()), customer.paymentTermsDays(),
				customer.status(), customer.createdAt(), customer.updatedAt(), customer.version());
	}

}
