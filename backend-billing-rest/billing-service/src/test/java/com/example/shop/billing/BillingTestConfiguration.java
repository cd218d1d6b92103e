package com.example.shop.billing;

import java.time.Instant;

import com.example.shop.testsupport.time.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives integration tests control of time: 2026-11-20 10:00 in Seoul unless a test moves
 * it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BillingTestConfiguration {

	public static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

	@Bean
	MutableClock clock() {
		return new MutableClock(START);
	}

}
