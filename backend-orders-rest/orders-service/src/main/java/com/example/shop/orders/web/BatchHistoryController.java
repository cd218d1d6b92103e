package com.example.shop.orders.web;

import java.time.Clock;
import java.util.List;

import com.example.shop.support.batch.BatchExecution;
import com.example.shop.support.batch.JdbcJobHistory;
import com.example.shop.support.domain.DomainRefusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The orders batch's history, read-only. */
@RestController
@Tag(name = "batch")
record BatchHistoryController(JdbcJobHistory history) {

	static final String PATH = "/api/v1/batch/executions";

	@GetMapping(PATH)
	@Operation(summary = "Recent batch executions",
			description = "Orders' batch runs (daily-sales-summary, purge-idempotency-records), newest first, with "
					+ "their counts; size 1..100 (20 by default). Read-only: jobs run as their own application "
					+ "(orders-batch).")
	List<BatchExecution> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.history.recent(size);
	}

	@GetMapping(PATH + "/{id}")
	@Operation(summary = "One batch execution")
	BatchExecution execution(@PathVariable long id) {
		return this.history.find(id).orElseThrow(() -> new DomainRefusal.NotFound("Batch execution", id));
	}

	@Configuration(proxyBeanMethods = false)
	static class History {

		/** Orders' jobs write tables, not files: none has a report to download. */
		@Bean
		JdbcJobHistory jobHistory(JdbcClient jdbc, Clock clock) {
			return new JdbcJobHistory(jdbc, clock, (job, status) -> false);
		}

	}

}
