package com.example.shop.ui.security;

import com.example.shop.bff.Roles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /bff/v1} is stateless: every request authenticates (HTTP Basic with the demo
 * users locally) and no session or CSRF token is involved. Which role may call what is
 * enforced on the BFF's services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain bffApi(HttpSecurity http) throws Exception {
		return http.securityMatcher("/bff/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**", "/v3/api-docs/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health/**", "/v3/api-docs/**")
				.permitAll()
				.anyRequest()
				.hasRole(Roles.ADMIN))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@ConditionalOnProperty("app.security.demo-users.enabled")
	UserDetailsService demoUsers() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new InMemoryUserDetailsManager(
				User.withUsername("sales").password(encoder.encode("demo")).roles(Roles.SALES).build(),
				User.withUsername("billing").password(encoder.encode("demo")).roles(Roles.BILLING).build(),
				User.withUsername("admin").password(encoder.encode("demo")).roles(Roles.ADMIN).build());
	}

}
