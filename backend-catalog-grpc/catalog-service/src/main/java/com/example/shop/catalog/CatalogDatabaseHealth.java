package com.example.shop.catalog;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's health by a {@code ping}, which real MongoDB and the in-process stand-in
 * both answer. Boot's own indicator sends {@code hello}, which the stand-in lacks, so it
 * is switched off ({@code management.health.mongodb.enabled=false}) and this one takes
 * its name; readiness (and the gRPC health service) depend on it.
 */
@Component("mongoHealthIndicator")
class CatalogDatabaseHealth extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	CatalogDatabaseHealth(MongoTemplate mongo) {
		super("The catalog database did not answer a ping");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
	}

}
