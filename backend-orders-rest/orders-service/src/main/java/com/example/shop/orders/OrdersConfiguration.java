package com.example.shop.orders;

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
class OrdersConfiguration {

	@Bean
	IdempotentExecutor idempotentExecutor(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
			Clock clock) {
		return new IdempotentExecutor(jdbc, transactions, json, clock);
	}

	@Bean
	OpenAPI ordersOpenApi() {
		return new OpenAPI().info(new Info().title("Orders API")
			.version("v1")
			.description("Orders taken from customers: create (idempotent), read, list, lifecycle actions "
					+ "(If-Match), and dashboard stats. Errors are RFC 9457 problem details.")
			.license(new License().name("Apache-2.0")));
	}

}
