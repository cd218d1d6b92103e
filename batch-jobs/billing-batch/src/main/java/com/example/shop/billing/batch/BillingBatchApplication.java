package com.example.shop.billing.batch;

import com.example.shop.batch.support.BatchApplications;
import com.example.shop.batch.support.JdbcBatchConfiguration;
import com.example.shop.billing.batch.statements.StatementSettings;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

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
@EnableConfigurationProperties(StatementSettings.class)
@Import(JdbcBatchConfiguration.class)
public class BillingBatchApplication {

	public static void main(String[] args) {
		BatchApplications.run(BillingBatchApplication.class, args);
	}

}
