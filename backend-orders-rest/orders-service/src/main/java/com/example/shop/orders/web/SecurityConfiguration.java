package com.example.shop.orders.web;

import com.example.shop.orders.api.OrdersApi;
import com.example.shop.support.security.Authorities;
import com.example.shop.support.security.RestSecurity;
import com.example.shop.support.security.TokenAuthentication;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what on orders: the role matrix of docs/security.md. Reading is broad (an
 * order's audit trail too); lifecycle actions are sales' and admins'; creating an order
 * is a step of the placement saga, which only the BFF runs (it checked the person's role
 * itself).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String ORDERS = OrdersApi.BASE_PATH;

	@Bean
	SecurityFilterChain orders(HttpSecurity http, TokenAuthentication tokens, Environment environment)
			throws Exception {
		return RestSecurity.resourceServer(http, tokens, environment, (requests) -> requests
			// Saga progress, leases, the abandon fence and finishing a cancellation:
			// steps the BFF runs (for a person, or its reconciler as the service).
			.requestMatchers(OrdersApi.SAGA_PATH + "/**")
			.hasAuthority(Authorities.VIA_BFF)
			.requestMatchers(HttpMethod.GET, ORDERS, ORDERS + "/**")
			.hasAnyAuthority(Authorities.READERS)
			.requestMatchers(HttpMethod.POST, ORDERS)
			.hasAuthority(Authorities.VIA_BFF)
			.requestMatchers(HttpMethod.POST, ORDERS + "/*/confirm", ORDERS + "/*/ship", ORDERS + "/*/deliver")
			.hasAnyAuthority(Authorities.SALES, Authorities.ADMIN)
			// The reconciler (no person) may finish a cancellation the BFF started.
			.requestMatchers(HttpMethod.POST, ORDERS + "/*/cancel")
			.hasAnyAuthority(Authorities.SALES, Authorities.ADMIN, Authorities.SERVICE));
	}

}
