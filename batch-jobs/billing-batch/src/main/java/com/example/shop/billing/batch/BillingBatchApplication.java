package com.example.shop.billing.batch;

import com.example.shop.batch.support.BatchApplications;
import com.example.shop.batch.support.Heartbeats;
import com.example.shop.batch.support.IdempotencyRecordsPurge;
import com.example.shop.batch.support.JdbcHeartbeats;
import com.example.shop.batch.support.JobParameterDefaults;
import com.example.shop.batch.support.PurgeSettings;
import com.example.shop.billing.batch.statements.StatementSettings;
import com.example.shop.support.BusinessClock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The billing batch: the billing domain's jobs on the billing database only, through
 * billing-core (scanned from {@code com.example.shop.billing}). Its job metadata lives in
 * the same database (Spring Batch's JDBC job repository, created by the billing
 * migrations).
 *
 * <pre>
 * java -jar billing-batch.jar mark-overdue [day=yyyy-MM-dd] [run=n]
 * java -jar billing-batch.jar monthly-statements [month=yyyy-MM] [run=n]
 * java -jar billing-batch.jar purge-idempotency-records [before=yyyy-MM-dd]
 * java -jar billing-batch.jar --restart [JOB] | --list
 * </pre>
 */
@SpringBootApplication(scanBasePackages = "com.example.shop.billing")
@EnableConfigurationProperties({ PurgeSettings.class, StatementSettings.class })
public class BillingBatchApplication {

	public static void main(String[] args) {
		BatchApplications.run(BillingBatchApplication.class, args);
	}

	@Bean
	Heartbeats heartbeats(JdbcClient jdbc) {
		return new JdbcHeartbeats(jdbc);
	}

	@Bean
	Job purgeIdempotencyRecords(JobRepository repository, PlatformTransactionManager transactions, JdbcClient jdbc,
			BusinessClock business, PurgeSettings settings) {
		return IdempotencyRecordsPurge.job(repository, transactions, jdbc, business, settings.batchSize());
	}

	@Bean
	JobParameterDefaults purgeIdempotencyRecordsDefaults(BusinessClock business, PurgeSettings settings) {
		return IdempotencyRecordsPurge.defaults(business, settings.retentionDays());
	}

}
