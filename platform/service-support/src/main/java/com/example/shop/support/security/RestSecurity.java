package com.example.shop.support.security;

import com.example.shop.support.batch.BatchHistoryController;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one way a REST backend is a resource server: stateless, bearer tokens only (so no
 * CSRF: a browser never attaches a bearer token by itself), tokens read by
 * {@link TokenAuthentication}, refusals as problems ({@link ProblemResponses}). Health
 * probes and the OpenAPI document stay anonymous, the batch history
 * ({@link BatchHistoryController}) is for admins; every other actuator endpoint answers
 * only on the management port, which only the cluster's monitoring reaches. The service
 * adds its own rules, written from the role matrix in docs/security.md; anything it does
 * not name is refused.
 */
public final class RestSecurity {

	private RestSecurity() {
	}

	/**
	 * Builds the service's filter chain.
	 * @param http the builder
	 * @param tokens how tokens become authorities
	 * @param environment to recognise the management port
	 * @param rules the service's own rules, as in {@code authorizeHttpRequests}
	 * @return the chain
	 */
	public static SecurityFilterChain resourceServer(HttpSecurity http, TokenAuthentication tokens,
			Environment environment,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
			throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers(onManagementPort(environment))
					.permitAll()
					.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/error")
					.permitAll()
					// The service's contract, for its clients and tools.
					.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
					.permitAll()
					// The batch jobs' history and reports: admins (the Jobs view).
					.requestMatchers(HttpMethod.GET, BatchHistoryController.PATH, BatchHistoryController.PATH + "/**")
					.hasAuthority(Authorities.ADMIN);
				rules.customize(requests);
				// Unmapped paths answer 404/405 as before, to a caller with a valid
				// token;
				// each service's security test checks that its rules name every endpoint.
				requests.anyRequest().authenticated();
			});
		return http.build();
	}

	/**
	 * A request that arrived on the management port ({@code management.server.port}, its
	 * actual number once the server runs).
	 */
	public static RequestMatcher onManagementPort(Environment environment) {
		return (request) -> {
			String port = environment.getProperty("local.management.port");
			return port != null && !port.equals(environment.getProperty("local.server.port"))
					&& port.equals(Integer.toString(request.getLocalPort()));
		};
	}

}
