package com.example.shop.bff.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.InputRules;
import com.example.shop.bff.billing.CustomerStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	@GetMapping("/bff/v1/customers/{id}/statement")
	@Operation(summary = "Customer statement",
			description = "The statement over business days from..to (inclusive, at most 366 days; last month by "
					+ "default): opening balance, each invoice, void and payment with the running balance, closing "
					+ "balance, as billing computes it; with the customer's receivables today by age (receivables) "
					+ "and open and overdue invoices (openInvoices), each a part, unavailable when billing could not "
					+ "give it in time. A backward or too long period is 400, an unknown customer 404.")
	Mono<CustomerStatement> statement(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.customers.statement(id, from, to);
	}

	@GetMapping("/bff/v1/customers/{id}/statement.csv")
	@Operation(summary = "Customer statement as CSV",
			description = "Billing's accountant's CSV of the same statement (the file its monthly-statements batch "
					+ "writes: RFC 4180, UTF-8 with a byte order mark), passed through byte for byte as an "
					+ "attachment. Same period rules as the statement.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	Mono<ResponseEntity<byte[]>> statementCsv(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.customers.statementCsv(id, from, to)
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName()).build().toString())
				.body(file.content()));
	}

}
