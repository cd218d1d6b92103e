package com.example.shop.orders.batch;

import com.example.shop.batch.support.BatchApplications;
import com.example.shop.batch.support.Heartbeats;
import com.example.shop.batch.support.IdempotencyRecordsPurge;
import com.example.shop.batch.support.JdbcHeartbeats;
import com.example.shop.batch.support.JobParameterDefaults;
import com.example.shop.batch.support.PurgeSettings;
import com.example.shop.support.BusinessClock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The orders batch: the orders domain's jobs on the orders database only, through
 * orders-core (scanned from {@code com.example.shop.orders}). Its job metadata lives in
 * the same database (Spring Batch's JDBC job repository, created by the orders
 * migrations).
 *
 * <pre>
 * java -jar orders-batch.jar daily-sales-summary [from=yyyy-MM-dd] [to=yyyy-MM-dd] [run=n]
 * java -jar orders-batch.jar purge-idempotency-records [before=yyyy-MM-dd]
 * java -jar orders-batch.jar --restart [JOB] | --list
 * </pre>
 */
@SpringBootApplication(scanBasePackages = "com.example.shop.orders")
@EnableConfigurationProperties(PurgeSettings.class)
public class OrdersBatchApplication {

	public static void main(String[] args) {
		BatchApplications.run(OrdersBatchApplication.class, args);
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
