package com.example.shop.testsupport.time;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives a service's integration tests control of time: the application's {@code Clock} is
 * a {@link MutableClock} at {@link #START} (2026-11-20 10:00 in Seoul) unless a test
 * moves it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	/** Where the clock starts, and where a test puts it back before it runs. */
	public static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

	@Bean
	MutableClock clock() {
		return new MutableClock(START);
	}

}
