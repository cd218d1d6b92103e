package com.example.shop.catalog;

import io.mongock.runner.springboot.EnableMongock;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The catalog service: products, categories and stock reservations over gRPC, the only
 * owner of the catalog MongoDB database. Applies its Mongock change units at start-up,
 * before the gRPC server accepts calls.
 * <p>
 * With the {@code migrate} profile it only applies them and exits (0 on success): the
 * catalog's migration Job, the Mongo counterpart of the SQL databases' one-shot runner.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableMongock
@EnableScheduling
public class CatalogApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(CatalogApplication.class, args);
		if (context.getEnvironment().getProperty("app.catalog.migrate-only", Boolean.class, false)) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
