package com.example.shop.bff.support;

import java.time.Instant;

import com.example.shop.bff.BffConfiguration;
import com.example.shop.bff.Roles;
import com.example.shop.testsupport.time.MutableClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Hosts the BFF for its integration tests the way ui-app does: stateless HTTP Basic on
 * /bff/**, demo users.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
@Import(BffConfiguration.class)
public class BffTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now());
	}

	@Bean
	SecurityFilterChain bffApi(HttpSecurity http) throws Exception {
		return http.securityMatcher("/bff/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(
				User.withUsername("sales").password("{noop}demo").roles(Roles.SALES).build(),
				User.withUsername("billing").password("{noop}demo").roles(Roles.BILLING).build(),
				User.withUsername("admin").password("{noop}demo").roles(Roles.ADMIN).build());
	}

}
