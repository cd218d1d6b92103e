package com.example.shop.orders.web;

import java.time.Clock;

import com.example.shop.support.batch.BatchHistoryController;
import com.example.shop.support.batch.JdbcJobHistory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders batch's history, read-only, as every backend serves it; its jobs are named
 * in {@code application.yaml}.
 */
@RestController
class OrdersBatchHistoryController extends BatchHistoryController {

	OrdersBatchHistoryController(JdbcJobHistory history) {
		super(history);
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
