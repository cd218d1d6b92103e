package com.example.shop.orders.batch;

import com.example.shop.batch.support.BatchApplications;
import com.example.shop.batch.support.JdbcBatchConfiguration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

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
@Import(JdbcBatchConfiguration.class)
public class OrdersBatchApplication {

	public static void main(String[] args) {
		BatchApplications.run(OrdersBatchApplication.class, args);
	}

}
