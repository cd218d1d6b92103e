package com.example.shop.bff.customer;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.InputRules;
import com.example.shop.bff.billing.CustomerStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "customers and billing")
record BffCustomerController(CustomerService customers) {

	@GetMapping("/bff/v1/customers")
	@Operation(summary = "List customers",
			description = "Search by name or email, with paging; with each customer's balance today (balances, by "
					+ "customer id: a part, unavailable when billing could not give them).")
	Mono<CustomerList> customers(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = InputRules.NAME,
					message = InputRules.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 2) List<CustomerStatus> status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Size(max = 7) List<@Size(max = InputRules.MAX_SORT_LENGTH) String> sort) {
		return this.customers.customerList(q, status, page, size, sort);
	}

	@GetMapping("/bff/v1/customers/{id}")
	@Operation(summary = "Customer overview", description = "Account and balance, recent orders, invoices.")
	Mono<CustomerOverview> overview(@PathVariable UUID id) {
		return this.customers.overview(id);
	}

}
