package com.example.shop.bff.support;

import java.time.Instant;

import com.example.shop.bff.BffConfiguration;
import com.example.shop.support.security.Authorities;
import com.example.shop.support.security.TokenAuthentication;
import com.example.shop.testsupport.time.MutableClock;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Hosts the BFF for its integration tests the way ui-app does in a deployment:
 * {@code /bff/**} takes bearer tokens issued to the UI's client, read as every service
 * reads them.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
@Import(BffConfiguration.class)
public class BffTestApplication {

	@Bean
	PathFaults pathFaults() {
		return new PathFaults();
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now());
	}

	/**
	 * The BFF's spans, as Boot's OpenTelemetry SDK exports them: only sampled ones, so
	 * only a request that arrives with a sampled {@code traceparent} (nothing is sampled
	 * of the BFF's own here, with no OTLP endpoint).
	 */
	@Bean
	InMemorySpanExporter bffSpans() {
		return InMemorySpanExporter.create();
	}

	@Bean
	SecurityFilterChain bffApi(HttpSecurity http, TokenAuthentication tokens) throws Exception {
		return http.securityMatcher("/bff/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(Authorities.VIA_BFF))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
