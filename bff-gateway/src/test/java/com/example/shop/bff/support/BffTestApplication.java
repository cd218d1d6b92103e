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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
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

	/**
	 * Stateless HTTP Basic checks the password on every request: at BCrypt's default cost
	 * that is about 100 ms of CPU per call, which would swamp what the tests and the
	 * benchmark measure. The demo passwords are public, so the lowest cost protects
	 * nothing less; real users come with bearer tokens.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(4);
	}

	@Bean
	UserDetailsService users(PasswordEncoder encoder) {
		String password = encoder.encode("demo");
		return new InMemoryUserDetailsManager(User.withUsername("sales").password(password).roles(Roles.SALES).build(),
				User.withUsername("billing").password(password).roles(Roles.BILLING).build(),
				User.withUsername("admin").password(password).roles(Roles.ADMIN).build());
	}

}
