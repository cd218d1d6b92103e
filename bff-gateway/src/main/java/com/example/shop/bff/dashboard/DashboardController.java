package com.example.shop.bff.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "dashboard")
record DashboardController(DashboardService dashboards) {

	@GetMapping("/bff/v1/dashboard")
	@Operation(summary = "Dashboard panels",
			description = "Order figures, receivables and low stock, fetched in parallel; a panel whose backend "
					+ "could not answer is {\"state\": \"unavailable\"} and the others still come.")
	Mono<Dashboard> dashboard() {
		return this.dashboards.dashboard();
	}

}
