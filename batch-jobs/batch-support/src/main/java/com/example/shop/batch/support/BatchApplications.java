package com.example.shop.batch.support;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;

/** How every batch application's {@code main} starts, runs one command and exits. */
public final class BatchApplications {

	private BatchApplications() {
	}

	/**
	 * Runs the command on the command line and exits with its code (0 completed or
	 * nothing to do, 1 not completed, 2 usage, 3 running elsewhere).
	 * @param application the application class
	 * @param args the command line
	 */
	public static void run(Class<?> application, String[] args) {
		// Spring Batch keeps local times; UTC makes them readable by every other process.
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		System.exit(SpringApplication.exit(SpringApplication.run(application, args)));
	}

}
