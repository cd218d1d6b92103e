package com.example.shop.batch.support;

import com.example.shop.support.BusinessClock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a batch application on a PostgreSQL domain database gets by importing this:
 * heartbeats in {@code batch_heartbeat} and the {@code purge-idempotency-records} job
 * with its defaults ({@link IdempotencyRecordsPurge}, {@link PurgeSettings}). Orders and
 * billing import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PurgeSettings.class)
public class JdbcBatchConfiguration {

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
