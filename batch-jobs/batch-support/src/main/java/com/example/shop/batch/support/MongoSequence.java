package com.example.shop.batch.support;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;

/**
 * A sequence of Spring Batch's MongoDB job repository ({@code BATCH_SEQUENCES}), created
 * on first use: one atomic {@code findAndModify} with upsert, no transaction (the local
 * MongoDB stand-in has none, and a sequence needs none).
 */
public class MongoSequence implements DataFieldMaxValueIncrementer {

	static final String COLLECTION = "BATCH_SEQUENCES";

	private final MongoOperations mongo;

	private final String name;

	public MongoSequence(MongoOperations mongo, String name) {
		this.mongo = mongo;
		this.name = name;
	}

	@Override
	public long nextLongValue() {
		Document next = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(this.name)),
				new Update().inc("count", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, COLLECTION);
		return ((Number) next.get("count")).longValue();
	}

	@Override
	public int nextIntValue() {
		return Math.toIntExact(nextLongValue());
	}

	@Override
	public String nextStringValue() {
		return Long.toString(nextLongValue());
	}

}
