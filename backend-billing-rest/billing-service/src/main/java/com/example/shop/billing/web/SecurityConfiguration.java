package com.example.shop.billing.web;

import com.example.shop.billing.api.BillingApi;
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
 * Who may call what on billing: the role matrix of docs/security.md. Everybody who works
 * with customers reads customers, invoices and payments; billing and admins change
 * customers, record payments and void invoices by hand; readers read the audit trails as
 * the things themselves; issuing an invoice, the credit check and voiding the invoice of
 * a cancelled order are saga steps the BFF runs.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CUSTOMERS = BillingApi.CUSTOMERS_PATH;

	private static final String INVOICES = BillingApi.INVOICES_PATH;

	@Bean
	SecurityFilterChain billing(HttpSecurity http, TokenAuthentication tokens, Environment environment)
			throws Exception {
		return RestSecurity.resourceServer(http, tokens, environment,
				(requests) -> requests.requestMatchers(HttpMethod.GET, CUSTOMERS + "/*/credit-check")
					.hasAuthority(Authorities.VIA_BFF)
					.requestMatchers(HttpMethod.GET, CUSTOMERS, CUSTOMERS + "/**", INVOICES, INVOICES + "/**",
							BillingApi.RECEIVABLES_PATH + "/**")
					.hasAnyAuthority(Authorities.READERS)
					.requestMatchers(HttpMethod.POST, CUSTOMERS)
					.hasAnyAuthority(Authorities.BILLING, Authorities.ADMIN)
					.requestMatchers(HttpMethod.PUT, CUSTOMERS + "/*")
					.hasAnyAuthority(Authorities.BILLING, Authorities.ADMIN)
					.requestMatchers(HttpMethod.POST, INVOICES)
					.hasAuthority(Authorities.VIA_BFF)
					// Voiding the invoice of an order being cancelled: a saga step.
					.requestMatchers(HttpMethod.POST, INVOICES + "/void-for-order")
					.hasAuthority(Authorities.VIA_BFF)
					.requestMatchers(HttpMethod.POST, INVOICES + "/*/payments")
					.hasAnyAuthority(Authorities.BILLING, Authorities.ADMIN)
					// By hand (billing, admin), or for a cancelled order through the BFF.
					.requestMatchers(HttpMethod.POST, INVOICES + "/*/void")
					.hasAnyAuthority(Authorities.BILLING, Authorities.ADMIN, Authorities.VIA_BFF));
	}

}
