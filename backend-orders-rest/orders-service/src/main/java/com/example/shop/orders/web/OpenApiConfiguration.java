package com.example.shop.orders.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ordersOpenApi() {
		return new OpenAPI().info(new Info().title("Orders API")
			.version("v1")
			.description("Orders taken from customers: create (idempotent), read, list, lifecycle actions "
					+ "(If-Match), and dashboard stats. Errors are RFC 9457 problem details.")
			.license(new License().name("Apache-2.0")));
	}

}
