package com.example.shop.billing.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
