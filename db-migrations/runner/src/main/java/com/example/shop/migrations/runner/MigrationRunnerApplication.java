package com.example.shop.migrations.runner;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one-shot migration runner shared by the migration deployables
 * ({@code orders-migrations}, {@code billing-migrations}): Boot's Flyway support migrates
 * {@code spring.datasource.*} with the migrations under
 * {@code classpath:db/migration/<app.migrations.database>}, then the process exits 0, or
 * non-zero with Flyway's message when a migration fails. Each deployable names its
 * database in its own {@code application.yaml} and carries only that database's
 * migrations module. Run as a Kubernetes Job before each rollout.
 */
@SpringBootApplication
public class MigrationRunnerApplication {

	/**
	 * Defaults every migration deployable shares; its own configuration may override
	 * them.
	 */
	static final Map<String, Object> DEFAULTS = Map.of("spring.main.banner-mode", "off", "spring.flyway.locations",
			"classpath:db/migration/${app.migrations.database}",
			// Refuse to migrate a non-empty database that Flyway did not create rather
			// than
			// guess a baseline.
			"spring.flyway.baseline-on-migrate", "false", "spring.flyway.validate-on-migrate", "true");

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Migrates and returns the exit code; {@code main} without the exit, for tests. */
	public static int run(String... args) {
		SpringApplication application = new SpringApplication(MigrationRunnerApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(DEFAULTS);
		return SpringApplication.exit(application.run(args));
	}

}
