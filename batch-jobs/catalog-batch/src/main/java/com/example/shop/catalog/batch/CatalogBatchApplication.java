package com.example.shop.catalog.batch;

import com.example.shop.batch.support.BatchApplications;
import com.example.shop.batch.support.Heartbeats;
import com.example.shop.batch.support.MongoHeartbeats;
import com.example.shop.batch.support.MongoSequence;
import com.example.shop.catalog.history.JobHistory;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableMongoJobRepository;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The catalog batch: the catalog domain's jobs on the catalog MongoDB database only,
 * through catalog-core's product package. Its job metadata lives in the same database:
 * Spring Batch's MongoDB job repository, without transactions (the local stand-in has
 * none; every write of the import is idempotent instead), its sequences created on first
 * use.
 *
 * <pre>
 * java -jar catalog-batch.jar product-import file=/path/products.csv [run=n]
 * java -jar catalog-batch.jar --restart [JOB] | --list
 * </pre>
 */
@SpringBootApplication(scanBasePackages = { "com.example.shop.catalog.batch", "com.example.shop.catalog.product",
		"com.example.shop.catalog.history", "com.example.shop.catalog.stock" })
@EnableBatchProcessing
@EnableMongoJobRepository(mongoOperationsRef = "batchMongoTemplate", transactionManagerRef = "transactionManager",
		jobInstanceIncrementerRef = "jobInstanceSequence", jobExecutionIncrementerRef = "jobExecutionSequence",
		stepExecutionIncrementerRef = "stepExecutionSequence", validateTransactionState = false)
public class CatalogBatchApplication {

	public static void main(String[] args) {
		BatchApplications.run(CatalogBatchApplication.class, args);
	}

	/**
	 * The products' template: Boot's factory and converter (Decimal128 prices, as the
	 * service stores them).
	 */
	@Bean
	@Primary
	MongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter) {
		return new MongoTemplate(factory, converter);
	}

	/**
	 * The job repository's template: execution context keys hold dots
	 * ({@code batch.version}, {@code count.inserted}), which MongoDB keys may not, so its
	 * converter replaces them with {@link JobHistory#KEY_DOT} (and back on reading).
	 */
	@Bean
	MongoTemplate batchMongoTemplate(MongoDatabaseFactory factory, MongoMappingContext context,
			MongoCustomConversions conversions) {
		MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), context);
		converter.setCustomConversions(conversions);
		converter.setMapKeyDotReplacement(JobHistory.KEY_DOT);
		converter.afterPropertiesSet();
		return new MongoTemplate(factory, converter);
	}

	/** No transactions: every step's writes are idempotent instead. */
	@Bean
	PlatformTransactionManager transactionManager() {
		return new ResourcelessTransactionManager();
	}

	@Bean
	DataFieldMaxValueIncrementer jobInstanceSequence(MongoTemplate mongo) {
		return new MongoSequence(mongo, "BATCH_JOB_INSTANCE_SEQ");
	}

	@Bean
	DataFieldMaxValueIncrementer jobExecutionSequence(MongoTemplate mongo) {
		return new MongoSequence(mongo, "BATCH_JOB_EXECUTION_SEQ");
	}

	@Bean
	DataFieldMaxValueIncrementer stepExecutionSequence(MongoTemplate mongo) {
		return new MongoSequence(mongo, "BATCH_STEP_EXECUTION_SEQ");
	}

	@Bean
	Heartbeats heartbeats(MongoTemplate mongo) {
		return new MongoHeartbeats(mongo);
	}

}
