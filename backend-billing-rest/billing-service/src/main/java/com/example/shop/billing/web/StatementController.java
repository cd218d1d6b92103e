package com.example.shop.billing.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.example.shop.billing.Amounts;
import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.Statement;
import com.example.shop.billing.statement.CustomerStatement;
import com.example.shop.billing.statement.StatementCsv;
import com.example.shop.billing.statement.StatementService;
import com.example.shop.support.BusinessClock;

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
@Tag(name = "customers")
record StatementController(StatementService statements, BusinessClock business) {

	@GetMapping(BillingApi.CUSTOMERS_PATH + "/{id}/statement")
	@Operation(summary = "A customer's statement",
			description = "Opening balance, every invoice (debit), void and payment (credit) with the running "
					+ "balance, and the closing balance over business days from..to (inclusive, at most 366 days; last "
					+ "month by default). The same calculation as the monthly-statements batch's CSV files.")
	Statement statement(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		CustomerStatement s = statementOf(id, from, to);
		Currency currency = s.currency();
		return new Statement(s.customerId(), s.customerName(), s.from(), s.to(),
				Amounts.toApi(s.openingBalance(), currency),
				s.lines()
					.stream()
					.map((l) -> new Statement.StatementLine(l.date(), l.kind().name(), l.reference(), l.description(),
							Amounts.toApi(l.debit(), currency), Amounts.toApi(l.credit(), currency),
							Amounts.toApi(l.balance(), currency)))
					.toList(),
				Amounts.toApi(s.invoiced(), currency), Amounts.toApi(s.voided(), currency),
				Amounts.toApi(s.paid(), currency), Amounts.toApi(s.closingBalance(), currency));
	}

	// No "produces": the answer's type is set, so a refusal (404, 400) is problem+json
	// whatever the client accepts.
	@GetMapping(BillingApi.CUSTOMERS_PATH + "/{id}/statement.csv")
	@Operation(summary = "A customer's statement as CSV",
			description = "The same statement as the accountant's CSV file the monthly-statements batch writes "
					+ "(RFC 4180, UTF-8 with a byte order mark, ISO dates, plain decimal amounts), as an attachment "
					+ "named like the batch's file. Same period rules as the JSON statement.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> statementCsv(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		CustomerStatement s = statementOf(id, from, to);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(StatementCsv.fileName(s)).build().toString())
			.body(StatementCsv.bytes(StatementCsv.statement(s)));
	}

	private CustomerStatement statementOf(UUID id, LocalDate from, LocalDate to) {
		YearMonth lastMonth = YearMonth.from(this.business.today()).minusMonths(1);
		return this.statements.statement(id, (from != null) ? from : lastMonth.atDay(1),
				(to != null) ? to : lastMonth.atEndOfMonth());
	}

}
