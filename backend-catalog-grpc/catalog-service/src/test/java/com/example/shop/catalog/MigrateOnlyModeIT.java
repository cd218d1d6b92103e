package com.example.shop.catalog;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.example.shop.testsupport.mongo.MongoStandInServer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's migration Job: the service in its {@code migrate} profile. */
class MigrateOnlyModeIT {

	@Test
	void theMigrateProfileAppliesTheChangeUnitsServesNothingAndIsANoOpTheSecondTime() {
		var database = MongoStandInServer.get().freshDatabase("catalog_job");
		String[] args = { "--spring.profiles.active=migrate",
				"--spring.mongodb.uri=" + MongoStandInServer.get().connectionString("catalog_job") };

		ConfigurableApplicationContext first = SpringApplication.run(CatalogApplication.class, args);
		boolean served = (first instanceof WebServerApplicationContext)
				|| !first.getBeansOfType(GrpcServerLifecycle.class).isEmpty();
		int firstExit = SpringApplication.exit(first);
		long applied = changeLog(database);
		int secondExit = SpringApplication.exit(SpringApplication.run(CatalogApplication.class, args));

		assertThat(served).isFalse();
		assertThat(firstExit).isZero();
		assertThat(secondExit).isZero();
		// One entry per change unit: 001 (collections and indexes), 003 (the stock
		// ledger), 004 (the batch's collections), 005 (the product history), 006 (the
		// search terms).
		assertThat(applied).isEqualTo(5);
		assertThat(changeLog(database)).isEqualTo(applied);
		assertThat(database.getCollection("products").listIndexes().map((i) -> i.getString("name")))
			.contains("sku_unique");
	}

	private static long changeLog(com.mongodb.client.MongoDatabase database) {
		return database.getCollection("mongockChangeLog").countDocuments(new Document("author", "catalog"));
	}

}
