package com.example.shop.billing;

import java.time.Clock;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import tools.jackson.databind.json.JsonMapper;

import com.example.shop.support.idempotency.IdempotentExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

	@Bean
	IdempotentExecutor idempotentExecutor(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
			Clock clock) {
		return new IdempotentExecutor(jdbc, transactions, json, clock);
	}

	@Bean
	OpenAPI billingOpenApi() {
		return new OpenAPI().info(new Info().title("Billing API")
			.version("v1")
			.description("Customer accounts, their invoices (one per order) and payments: create (idempotent), "
					+ "read, list, changes (If-Match), balances, credit checks and the receivables summary. "
					+ "Errors are RFC 9457 problem details.")
			.license(new License().name("Apache-2.0")));
	}

}
