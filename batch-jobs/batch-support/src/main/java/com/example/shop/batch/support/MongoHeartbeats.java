package com.example.shop.batch.support;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Heartbeats in the {@code batchHeartbeats} collection, keyed by execution id. */
public class MongoHeartbeats implements Heartbeats {

	public static final String COLLECTION = "batchHeartbeats";

	private final MongoOperations mongo;

	public MongoHeartbeats(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void beat(long executionId, Instant at) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(executionId)), Update.update("beatAt", Date.from(at)),
				COLLECTION);
	}

	@Override
	public Optional<Instant> last(long executionId) {
		Document beat = this.mongo.findOne(Query.query(Criteria.where("_id").is(executionId)), Document.class,
				COLLECTION);
		return Optional.ofNullable(beat).map((b) -> b.getDate("beatAt")).map(Date::toInstant);
	}

}
