package com.example.shop.migrations.runner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one-shot migration runner: Boot's Flyway support migrates
 * {@code spring.datasource.*} with the locations in {@code spring.flyway.locations} (the
 * orders database by default), then the process exits 0, or non-zero with Flyway's
 * message when a migration fails. Run as a Kubernetes Job before each rollout.
 */
@SpringBootApplication
public class MigrationRunnerApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(MigrationRunnerApplication.class, args)));
	}

}
