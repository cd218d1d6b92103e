package com.example.shop.migrations.catalog;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * What catalog-batch (issue 13) keeps in the catalog database: Spring Batch's MongoDB job
 * repository (its collections and indexes, as Spring Batch 6's {@code schema-mongodb.js}
 * creates them; the sequences are created by the batch on first use), the heartbeats of
 * running executions, and a product import's rejected rows (the stock ledger is 003's)
 * and claimed SKUs. Field names are spelled out, as in every change unit.
 */
@ChangeUnit(id = "v004-batch-collections-and-indexes", order = "004", author = "catalog")
public class V004BatchCollectionsAndIndexes {

	private static final String[] COLLECTIONS = { "BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION",
			"BATCH_SEQUENCES", "batchHeartbeats", "importRejects", "importSkus" };

	private final MongoTemplate mongo;

	public V004BatchCollectionsAndIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Execution
	public void apply() {
		for (String collection : COLLECTIONS) {
			if (!this.mongo.collectionExists(collection)) {
				this.mongo.createCollection(collection);
			}
		}
		this.mongo.indexOps("BATCH_JOB_INSTANCE")
			.createIndex(new Index().on("jobName", Sort.Direction.ASC).named("job_name_idx"));
		this.mongo.indexOps("BATCH_JOB_INSTANCE")
			.createIndex(new Index().on("jobName", Sort.Direction.ASC)
				.on("jobKey", Sort.Direction.ASC)
				.named("job_name_key_idx"));
		this.mongo.indexOps("BATCH_JOB_INSTANCE")
			.createIndex(new Index().on("jobInstanceId", Sort.Direction.DESC).named("job_instance_idx"));
		this.mongo.indexOps("BATCH_JOB_EXECUTION")
			.createIndex(new Index().on("jobInstanceId", Sort.Direction.ASC).named("job_instance_idx"));
		this.mongo.indexOps("BATCH_JOB_EXECUTION")
			.createIndex(new Index().on("jobInstanceId", Sort.Direction.ASC)
				.on("status", Sort.Direction.ASC)
				.named("job_instance_status_idx"));
		// The Jobs view lists the newest executions first.
		this.mongo.indexOps("BATCH_JOB_EXECUTION")
			.createIndex(new Index().on("jobExecutionId", Sort.Direction.DESC).named("job_execution_idx"));
		this.mongo.indexOps("BATCH_STEP_EXECUTION")
			.createIndex(new Index().on("stepExecutionId", Sort.Direction.ASC).named("step_execution_idx"));
		this.mongo.indexOps("BATCH_STEP_EXECUTION")
			.createIndex(new Index().on("jobExecutionId", Sort.Direction.ASC).named("job_execution_idx"));
		// A run's rejects report, by line.
		this.mongo.indexOps("importRejects")
			.createIndex(new Index().on("run", Sort.Direction.ASC).on("line", Sort.Direction.ASC).named("run_line"));
	}

	@RollbackExecution
	public void rollback() {
		// Collections and indexes are left: dropping them would lose the batch's history.
	}

}
