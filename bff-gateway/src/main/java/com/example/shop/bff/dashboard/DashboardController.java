package com.example.shop.bff.dashboard;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "dashboard")
record DashboardController(DashboardService dashboards) {

	@GetMapping("/bff/v1/dashboard")
	@Operation(summary = "Dashboard panels",
			description = "Order figures over from..to (business days, both included; default the last 30 days; "
					+ "at most 366 days) and over the period of equal length just before it (previous), "
					+ "receivables and low stock as of now, fetched in parallel; a panel whose backend "
					+ "could not answer is {\"state\": \"unavailable\"} and the others still come.")
	Mono<Dashboard> dashboard(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (from == null && to == null) {
			return this.dashboards.dashboard();
		}
		DashboardPeriod period;
		try {
			period = new DashboardPeriod(from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		return this.dashboards.dashboard(period);
	}

}
